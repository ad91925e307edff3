import type { IatiActivityRecord, IatiFileReading } from './iati-record.js';

/**
 * How a reading crosses from the worker to the main thread: as JSON text, one string per activity. A reading of
 * 1,000 activities is some 100,000 small objects; posted as they are, the main thread would rebuild them all in one
 * go when the message arrives (measured: 0.5–0.7 s on the shared 2 cores), blocking the event loop. Strings copy
 * flat, and the main thread parses them a slice at a time, yielding in between.
 */
export interface EncodedReading {
  /** The reading without its activities. */
  head: string;
  activities: string[];
}

export function encodeReading(reading: IatiFileReading): EncodedReading {
  return { head: JSON.stringify({ ...reading, activities: [] }), activities: reading.activities.map((activity) => JSON.stringify(activity)) };
}

/** Activities parsed between two yields to the event loop (~0.1 ms each). */
const sliceSize = 25;

const yieldToEventLoop = () => new Promise<void>((resume) => setImmediate(resume));

export async function decodeReading(encoded: EncodedReading): Promise<IatiFileReading> {
  const reading = JSON.parse(encoded.head) as IatiFileReading;
  const activities: IatiActivityRecord[] = [];
  for (let start = 0; start < encoded.activities.length; start += sliceSize) {
    if (start > 0) await yieldToEventLoop();
    for (const text of encoded.activities.slice(start, start + sliceSize)) activities.push(JSON.parse(text) as IatiActivityRecord);
  }
  return { ...reading, activities };
}
