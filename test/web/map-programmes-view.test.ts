/**
 * The map across programmes in Debian's Chromium on the real Neo4j, with the three made-up Naryn programmes of
 * test/fixtures/coverage/naryn-programmes.cypher beside the seeded PSI programme: "all programmes" answers
 * "which municipalities of Naryn oblast does no programme reach?" with the same four the API names, the overlap
 * view colours rayons and lists gaps, and the 3W download is a real workbook with the HXL row and text codes.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authSettings } from '../../server/auth/credentials.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { NARYN_OBLAST, useNarynProgrammes } from '../api/coverage-fixture.js';
import { testDatabase } from '../support/database.js';
import { collectPageErrors, launchChromium, poll } from './support/browser.js';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const UNREACHED = ['Cholpon', 'Son-Kul', 'Sary-Oy', 'Dostuk'];

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

useNarynProgrammes();

beforeAll(async () => {
  await ensureWebBuilt();
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth: authSettings({ production: false }) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

async function open(size: (typeof SIZES)[number], query: string): Promise<void> {
  context = await browser.newContext({ viewport: { width: size.width, height: size.height }, acceptDownloads: true });
  page = await context.newPage();
  pageErrors.length = 0;
  collectPageErrors(page, pageErrors);
  await page.goto(`${app.url}?view=map&lang=en&names=en&${query}`);
}

describe('the map across programmes', () => {
  for (const size of SIZES) {
    it(`at ${size.name} size, "all programmes" in Naryn oblast lists exactly the four municipalities no programme reaches`, async () => {
      await open(size, `programme=all&oblast=${NARYN_OBLAST}`);
      await poll(() => page.getByTestId('unengaged-summary').textContent()).toMatch(/\b4\b/);
      const listed = await page.getByTestId('unengaged-list').textContent();
      for (const name of UNREACHED) expect(listed).toContain(name);
      expect(await page.getByTestId('programme-select').inputValue()).toBe('all');
      expect(await page.getByTestId('engaged-means').textContent()).not.toBe('');
    });
  }

  it('colours rayons by how many programmes reach them and lists the gaps', async () => {
    await open(SIZES[0], `programme=all&mapmode=overlap`);
    const gaps = page.getByTestId('gaps');
    await gaps.waitFor({ timeout: 60_000 });
    await poll(() => page.getByTestId('map-legend').textContent()).toMatch(/\d/);
    const filled = await page.getByTestId('map').locator('path[fill]').evaluateAll((paths) => new Set(paths.map((p) => p.getAttribute('fill'))).size);
    // Gaps, one, two and three or more programmes: the fixture makes Naryn's rayons differ.
    expect(filled).toBeGreaterThanOrEqual(3);
    expect((await gaps.textContent())!.length).toBeGreaterThan(0);
  });

  it('downloads the 3W table as XLSX with the HXL row and codes as text', async () => {
    await open(SIZES[0], `programme=all&oblast=${NARYN_OBLAST}`);
    await page.getByTestId('three-w').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('three-w-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync((await download.path())!);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const hxl = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(hxl.slice(0, 15)).toEqual([
      '#org +name', '#org +code', '#org +type', '#sector', '#activity +name', '#activity +code', '#adm1 +name', '#adm1 +code',
      '#adm2 +name', '#adm2 +code', '#adm3 +name', '#adm3 +code', '#date +start', '#date +end', '#status',
    ]);
    expect(sheet.rowCount).toBeGreaterThan(2);
    const adm1Code = sheet.getRow(3).getCell(8);
    expect(typeof adm1Code.value).toBe('string');
    expect(adm1Code.value).toBe(NARYN_OBLAST);
  });
});
