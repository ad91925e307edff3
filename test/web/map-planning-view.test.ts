/**
 * The planners' map in Debian's Chromium on the real seeded Neo4j, for one phase: the ranking sorts, an oblast
 * narrows the map, the list and the downloads, the XLSX is a real workbook with text SOATE cells, and the map
 * and the coverage chart say the same thing about "engaged since".
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authSettings } from '../../server/auth/credentials.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { collectPageErrors, launchChromium, poll, seriousViolations } from './support/browser.js';

const NARYN = '41704000000000';
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await ensureWebBuilt();
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth: authSettings({ production: false }) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(size: (typeof SIZES)[number], query: string): Promise<void> {
  context = await browser.newContext({ viewport: { width: size.width, height: size.height }, acceptDownloads: true });
  page = await context.newPage();
  pageErrors.length = 0;
  collectPageErrors(page, pageErrors);
  await page.goto(`${app.url}?${query}`);
  await page.getByTestId('oblast-table').locator(`tr[data-id="${NARYN}"]`).waitFor({ timeout: 90_000 });
}

afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

function column(testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator('tbody tr [data-col="not-engaged"]').allInnerTexts();
}

const asNumber = (text: string) => Number(text.replace(/\s/g, ''));

/** Serious axe violations inside the map view (the header at phone size belongs to the layout work). */
async function mapViolations(target: Page): Promise<string[]> {
  const found: string[] = [];
  for (const violation of await seriousViolations(target)) {
    for (const node of violation.nodes) {
      const selector = String(node.target[node.target.length - 1]);
      const inMap = await target.evaluate((css) => !!document.querySelector(css)?.closest('.map-view'), selector);
      if (inMap) found.push(`${violation.id}: ${selector}`);
    }
  }
  return found;
}

describe.each(SIZES)('the planners’ map at $width×$height', (size) => {
  it('ranks oblasts and rayons by municipalities not engaged, and sorts by any column', async () => {
    await open(size, 'view=map&lang=en&phase=psi-phase-2');
    const counts = (await column('oblast-table')).map(asNumber);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await page.getByTestId('oblast-table').locator('th[aria-sort="descending"]').innerText()).toContain('Not engaged');

    // Ascending on a second click.
    await page.getByTestId('oblast-table').locator('th[data-sort="notEngaged"] button').click();
    const ascending = (await column('oblast-table')).map(asNumber);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // Rayons, with their oblast beside them (the two "Naryn": rayon and town).
    await page.getByRole('button', { name: 'Rayons', exact: true }).click();
    await poll(() => page.getByTestId('oblast-table').locator('table').getAttribute('data-level')).toBe('RAYON');
    const narynRows = page.getByTestId('oblast-table').locator('tbody tr', { has: page.locator('[data-col="oblast"]', { hasText: /^Naryn$/ }) });
    expect(await narynRows.count()).toBe(6);
    await page.getByTestId('oblast-table').locator('th[data-sort="share"] button').click();
    expect(await page.getByTestId('oblast-table').locator('th[aria-sort]').getAttribute('data-sort')).toBe('share');
    expect(await mapViolations(page)).toEqual([]);
  });

  it('answers "which municipalities of Naryn oblast does no programme reach?": zoom, list and downloads narrowed to Naryn', async () => {
    await open(size, 'view=map&lang=ru&phase=psi-phase-2');
    const narynShape = page.locator('path.unit[data-pcode="KG04220000000"]');
    const before = (await narynShape.boundingBox())!;
    await page.getByTestId('oblast-table').locator(`tr[data-id="${NARYN}"] th button`).click();
    await poll(() => new URL(page.url()).searchParams.get('oblast')).toBe(NARYN);
    // The map zooms to the oblast: its rayon is drawn larger.
    await poll(async () => (await narynShape.boundingBox())!.width).toBeGreaterThan(before.width * 1.5);
    expect(await page.getByTestId('oblast-filter').innerText()).toContain('Нарынская область');
    expect(await page.getByTestId('unengaged-summary').innerText()).toBe('Не охвачено муниципалитетов: 64');
    expect(await page.getByTestId('unengaged-list').locator('details').count()).toBe(1);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(csv.suggestedFilename()).toBe(`not-engaged-psi-phase-2-${NARYN}.csv`);
    const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 64);
    expect(lines.slice(1).every((line) => line.startsWith('Нарынская область,Naryn,'))).toBe(true);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe(`not-engaged-psi-phase-2-${NARYN}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync((await xlsx.path())!);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Не охвачены');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Область', 'Район или город', 'Муниципалитет', 'Тип', 'Код СОАТЕ', 'Идентификатор в графе']);
    expect(sheet.rowCount).toBe(1 + 64);
    const kinds = new Set<string>();
    for (let index = 2; index <= sheet.rowCount; index += 1) {
      const row = sheet.getRow(index);
      expect(row.getCell(1).value).toBe('Нарынская область');
      const soate = row.getCell(5);
      // A text cell with text format: Excel shows 41704…, never 4,17E+13.
      expect(soate.type).toBe(ExcelJS.ValueType.String);
      expect(soate.value).toMatch(/^41704\d{9}$/);
      expect(soate.numFmt).toBe('@');
      kinds.add(String(row.getCell(4).value));
    }
    expect([...kinds].sort()).toEqual(['Айыл окмоту', 'Мэрия города']);

    // Back to the whole country.
    await page.getByTestId('whole-country').click();
    await poll(() => new URL(page.url()).searchParams.get('oblast')).toBe(null);
    await poll(() => page.getByTestId('unengaged-summary').innerText()).toBe('Не охвачено муниципалитетов: 422');
  });
});

describe('map and chart count the same things', () => {
  it('says beside the counts what "engaged" means, and the chart names the partner municipalities it cannot date', async () => {
    await open(SIZES[0], 'view=map&lang=en&phase=psi-phase-2&since=2020-01-01');
    await page.getByTestId('coverage').waitFor();
    expect(await page.getByTestId('engaged-means').innerText()).toContain('partner municipality');
    const breakdown = page.getByTestId('engaged-breakdown');
    await poll(() => breakdown.getAttribute('data-engaged')).not.toBe(null);
    const engaged = Number(await breakdown.getAttribute('data-engaged'));
    const events = Number(await breakdown.getAttribute('data-events'));
    const partners = Number(await breakdown.getAttribute('data-partners'));
    expect(engaged).toBeGreaterThan(0);
    expect(events + partners).toBe(engaged);
    // The chart shows no event since then, and says which engaged municipalities the map adds.
    await poll(() => page.getByTestId('coverage').innerText()).toContain('No event of this phase took place');
    expect(events).toBe(0);
    expect(await page.getByTestId('coverage-agreement').innerText()).toBe(
      `The map counts ${engaged} engaged: 0 through events (in this chart) and ${partners} partner municipalities without an event in this time.`,
    );
    // The oblast table's engaged column adds up to the same number.
    const oblastEngaged = (await page.getByTestId('oblast-table').locator('tbody [data-col="engaged"]').allInnerTexts()).map(asNumber);
    expect(oblastEngaged.reduce((sum, value) => sum + value, 0)).toBe(engaged);
  });
});
