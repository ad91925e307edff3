/**
 * Issue 15 §4 in Debian's Chromium, served by the real app on the real seeded Neo4j: the path read step by
 * step, "show neighbours" that brings nothing says so, and the picture exported as SVG and PNG and read back.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authSettings } from '../../server/auth/credentials.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { collectPageErrors, launchChromium, poll } from './support/browser.js';

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
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  pageErrors.length = 0;
  collectPageErrors(page, pageErrors);
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

const open = async (query: string) => {
  await page.goto(`${app.url}?${query}`);
  await page.waitForSelector('canvas[data-layout="settled"]', { timeout: 30_000 });
};

describe('path step by step', () => {
  it('lists the chain with every node named, the start first, in English and Russian', async () => {
    await open('view=network&lang=en&from=person-mambetova-asel&to=person-kubatov-askat');
    const steps = page.getByTestId('path-steps').locator('li');
    await poll(() => steps.count()).toBe(3);
    const texts = await steps.allInnerTexts();
    expect(texts[0]).toBe('Asel Mambetova');
    expect(texts[1]).toMatch(/took part in/);
    expect(texts[2]).toMatch(/Askat Kubatov$/);
    await open('view=network&lang=ru&names=ru&from=person-mambetova-asel&to=person-kubatov-askat');
    await poll(() => page.getByTestId('path-steps').locator('li').first().innerText()).toBe('Асель Мамбетова');
    expect(await page.getByTestId('path-steps').getAttribute('aria-label')).toBe('Путь по шагам');
  });
});

describe('show neighbours', () => {
  it('says so when it adds nothing to the picture', async () => {
    await open('view=network&lang=en&node=person-mambetova-asel');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await poll(() => page.getByTestId('expand-result').textContent()).toBe('Nothing new: every neighbour is already shown.');
    await open('view=network&lang=ru&node=person-mambetova-asel&expand=person-mambetova-asel');
    await poll(() => page.getByTestId('expand-result').textContent()).toBe('Ничего нового: все соседи уже показаны.');
  });
});

describe('picture export', () => {
  it('downloads an SVG with the title, the legend and the date', async () => {
    await open('view=network&lang=ru');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const today = new Date().toISOString().slice(0, 10);
    expect(download.suggestedFilename()).toBe(`aimak-network-${today}.svg`);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Aimak Graph: сеть участников');
    expect(svg).toContain('По состоянию на');
    expect(svg).toContain(String(new Date().getUTCFullYear()));
    const legend = svg.match(/<g data-part="legend"[^]*?<\/g><\/g>/)?.[0] ?? '';
    for (const kind of ['Программа', 'Фаза', 'Мероприятие', 'Человек', 'Муниципалитет']) expect(legend).toContain(kind);
    expect(svg.match(/<circle cx=/g)!.length).toBeGreaterThanOrEqual(95);
    expect(svg).not.toMatch(/class=|<style/);
  });

  it('downloads a PNG at twice the picture size, drawn from the same SVG', async () => {
    await open('view=network&lang=en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/^aimak-network-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3200, 2000]);
    // A drawn picture, not an empty canvas: far more than a blank PNG of that size.
    expect(png.length).toBeGreaterThan(50_000);
  });
});
