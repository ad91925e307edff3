import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { iatiLimits } from '../../server/iati/reading/iati-limits.js';
import { readIatiFile, stopIatiReader } from '../../server/iati/reading/read-iati-file.js';
import { fixturePath, readBytes, refusalOf } from './reading-support.js';

const minimal = readFileSync(fixturePath('conformance/should-pass/01-minimal-activity.xml'), 'utf8');
/** A file only this test knows, standing in for /etc/passwd: its marker must never come back. */
const secretDir = mkdtempSync(join(tmpdir(), 'iati-xxe-'));
const secretFile = join(secretDir, 'secret.txt');
writeFileSync(secretFile, 'SECRET-MARKER-4711');
const secretUrl = pathToFileURL(secretFile).href;

afterAll(async () => {
  rmSync(secretDir, { recursive: true, force: true });
  await stopIatiReader();
});

describe('decoding an IATI upload', () => {
  it('refuses text that is not base64', async () => {
    for (const fileBase64 of ['this is not base64!', 'abc', '', 'PGE+\u0000']) {
      const refusal = await refusalOf(readIatiFile({ fileBase64, fileName: 'x.xml' }));
      expect(refusal.extensions.reason).toBe('NOT_BASE64');
    }
  });

  it('accepts base64 broken into lines, as MIME encoders write it', async () => {
    const wrapped = Buffer.from(minimal).toString('base64').replace(/(.{76})/g, '$1\r\n');
    const reading = await readIatiFile({ fileBase64: wrapped, fileName: 'wrapped.xml' });
    expect(reading.activities.map((activity) => activity.identifier)).toEqual(['XM-EXAMPLE-1-MIN']);
  });

  it('reads a gzip of the file, recognised by its magic bytes', async () => {
    const reading = await readBytes(gzipSync(minimal), 'activities.xml.gz');
    expect(reading.activities.map((activity) => activity.identifier)).toEqual(['XM-EXAMPLE-1-MIN']);
  });

  it('refuses more than 20 MB before decoding it', async () => {
    const fileBase64 = 'A'.repeat(Math.ceil((iatiLimits.xmlBytes * 4) / 3) + 2_000_000);
    const refusal = await refusalOf(readIatiFile({ fileBase64, fileName: 'huge.xml' }));
    expect(refusal.extensions.reason).toBe('TOO_LARGE');
    expect(refusal.extensions.messages).toMatchObject({ en: expect.stringContaining('20 MB'), ru: expect.stringContaining('20 МБ') });
  });

  it('stops a gzip bomb at the 20 MB cap (200 MB of spaces in ~200 KB of gzip)', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('<iati-activities version="2.03">'), Buffer.alloc(200 * 1024 * 1024, 0x20)]), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refusal = await refusalOf(readBytes(bomb, 'bomb.xml.gz'));
    expect(refusal.extensions.reason).toBe('TOO_LARGE');
    expect(refusal.message).toContain('unpacks to more than 20 MB');
  });

  it('refuses bytes that start like gzip but are not', async () => {
    const refusal = await refusalOf(readBytes(Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5]), 'broken.gz'));
    expect(refusal.extensions.reason).toBe('NOT_GZIP');
  });
});

describe('hostile XML', () => {
  it('never reads a file named by the DOCTYPE (XXE): the DOCTYPE is ignored and the file read as usual', async () => {
    const xml = minimal.replace('<iati-activities', `<!DOCTYPE iati-activities SYSTEM "${secretUrl}">\n<iati-activities`);
    const reading = await readBytes(xml);
    expect(JSON.stringify(reading)).not.toContain('SECRET-MARKER');
    expect(reading.activities).toHaveLength(1);
  });

  it('never expands an external entity (XXE) into the data', async () => {
    const xml = minimal
      .replace('<iati-activities', `<!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "${secretUrl}">]>\n<iati-activities`)
      .replace('Minimal activity', 'Title &secret;');
    const outcome = await readBytes(xml).then(
      (reading) => JSON.stringify(reading),
      (error: Error) => JSON.stringify({ message: error.message, extensions: (error as { extensions?: unknown }).extensions }),
    );
    expect(outcome).not.toContain('SECRET-MARKER');
  });

  it('never loads an external parameter entity (XXE through the DTD)', async () => {
    const xml = minimal.replace('<iati-activities', `<!DOCTYPE iati-activities [<!ENTITY % remote SYSTEM "${secretUrl}"> %remote;]>\n<iati-activities`);
    const outcome = await readBytes(xml).then(
      (reading) => JSON.stringify(reading),
      (error: Error) => error.message,
    );
    expect(outcome).not.toContain('SECRET-MARKER');
  });

  it('refuses entity expansion bombs ("billion laughs") quickly', async () => {
    const levels = Array.from({ length: 9 }, (_, level) => `<!ENTITY l${level + 1} "${`&l${level};`.repeat(10)}">`).join('');
    const xml = minimal.replace('<iati-activities', `<!DOCTYPE iati-activities [<!ENTITY l0 "ha">${levels}]>\n<iati-activities`).replace('Minimal activity', '&l9;');
    const started = Date.now();
    const refusal = await refusalOf(readBytes(xml));
    expect(refusal.extensions.reason).toBe('NOT_XML');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses nesting deeper than 256 levels', async () => {
    const xml = `<iati-activities version="2.03">${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}</iati-activities>`;
    const refusal = await refusalOf(readBytes(xml));
    expect(refusal.extensions.reason).toBe('TOO_LARGE');
  });

  it('refuses what is not XML at all', async () => {
    const refusal = await refusalOf(readBytes('Programme;Region\nWater;Naryn\n', 'sheet.csv'));
    expect(refusal.extensions.reason).toBe('NOT_XML');
    expect(refusal.message).toContain('line 1');
  });

  it('refuses XML that is not IATI activities (an IATI organisation file, a namespaced root)', async () => {
    for (const xml of ['<iati-organisations version="2.03"><iati-organisation/></iati-organisations>', '<iati-activities xmlns="http://example.org/other" version="2.03"/>']) {
      const refusal = await refusalOf(readBytes(xml));
      expect(refusal.extensions.reason).toBe('NOT_IATI');
    }
  });

  it('refuses a version IATI never published, and reads 2.01 with the 2.03 schema', async () => {
    const refusal = await refusalOf(readBytes(minimal.replace('version="2.03"', 'version="3.01"')));
    expect(refusal.extensions.reason).toBe('UNSUPPORTED_VERSION');
    expect(refusal.message).toContain('3.01');
    const older = await readBytes(minimal.replace('version="2.03"', 'version="2.01"'));
    expect(older).toMatchObject({ declaredVersion: '2.01', schemaVersion: '2.03', invalidActivities: [], fileProblems: [] });
  });

  it('substitutes internal entities (plain XML), so an activity using them still validates', async () => {
    const xml = minimal.replace('<iati-activities', '<!DOCTYPE iati-activities [<!ENTITY donor "Example">]>\n<iati-activities').replace('Minimal activity', '&donor; activity');
    const reading = await readBytes(xml);
    expect(reading.activities[0]!.titles).toEqual([{ lang: 'en', text: 'Example activity' }]);
  });
});
