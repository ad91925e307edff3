import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { IatiReadError } from '../../server/iati/reading/iati-read-error.js';
import { readIatiFile } from '../../server/iati/reading/read-iati-file.js';
import type { IatiFileReading } from '../../server/iati/reading/iati-record.js';

export const fixturePath = (name: string) => new URL(`../fixtures/iati/${name}`, import.meta.url);

/** Reads a fixture the way an upload arrives: base64 of the file's bytes, through the worker. */
export function readFixture(name: string): Promise<IatiFileReading> {
  return readIatiFile({ fileBase64: readFileSync(fixturePath(name)).toString('base64'), fileName: name });
}

export const readBytes = (bytes: Buffer | string, fileName = 'upload.xml') =>
  readIatiFile({ fileBase64: Buffer.from(bytes).toString('base64'), fileName });

/** The refusal a read ends in: BAD_USER_INPUT with a reason and its wording in Russian and English. */
export async function refusalOf(reading: Promise<unknown>): Promise<IatiReadError> {
  const error = await reading.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(IatiReadError);
  const refusal = error as IatiReadError;
  expect(refusal.extensions.code).toBe('BAD_USER_INPUT');
  const messages = refusal.extensions.messages as { ru: string; en: string };
  expect(messages.en.length).toBeGreaterThan(10);
  expect(messages.ru).toMatch(/[а-яё]/i);
  expect(refusal.message).not.toMatch(/\n\s+at /); // no stack trace in what the client reads
  return refusal;
}
