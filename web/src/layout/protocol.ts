/** Messages between the page and the layout worker. */

export type ToWorker =
  | { type: 'graph'; version: number; radii: Float32Array; start: Float32Array; links: Uint32Array; alpha: number; seed: number }
  | { type: 'pin'; version: number; index: number; x: number; y: number }
  | { type: 'unpin'; version: number; index: number }
  | { type: 'stop' };

export type FromWorker = { type: 'positions'; version: number; positions: Float32Array; settled: boolean; ticks: number };
