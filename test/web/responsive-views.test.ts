/**
 * Every view on a phone (390×844), a tablet (768×1024) and a desktop (1440×900), in Russian and English, served by
 * the real app on the real seeded Neo4j: every tab reachable and activatable, the main picture at least 90 % of
 * the viewport's width on the phone and the tablet, no sideways page scroll, and no serious or critical axe-core
 * violation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { collectPageErrors, launchChromium, poll, seriousViolations } from './support/browser.js';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const LANGS = ['ru', 'en'] as const;

/** Each view, opened with something chosen (so the panels have content), and what shows it is drawn. */
const VIEWS = [
  { view: 'network', query: 'node=person-mambetova-asel', ready: 'canvas[data-layout="settled"]', picture: '#panel-network canvas' },
  { view: 'events', query: 'event=event-2019-07-18-karakol-inception', ready: '[data-testid="participants-table"]', picture: '[data-testid="timeline"] svg' },
  { view: 'map', query: '', ready: '[data-testid="map"] svg path', picture: '[data-testid="map"] svg' },
  { view: 'analysis', query: '', ready: '[data-testid="analysis-view"] button', picture: '[data-testid="analysis-view"]' },
  { view: 'import', query: '', ready: '[data-testid="import-view"] input[type="file"]', picture: '[data-testid="import-view"]' },
] as const;
const TAB_VIEWS = VIEWS.map(({ view }) => view);

let app: RunningApp;
let browser: Browser;
let token: string;
let context: BrowserContext | undefined;
const pageErrors: string[] = [];

beforeAll(async () => {
  await ensureWebBuilt();
  const auth = authSettings({ production: false });
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth });
  browser = await launchChromium();
  // An administrator sees every view with its full content (import and the console included).
  token = await signToken(auth, 'responsive-test', Role.ADMIN);
  // One unmeasured visit, so the first test does not also pay for the server's and Chromium's cold start.
  const warmUp = await browser.newPage();
  await warmUp.goto(`${app.url}?view=network&lang=ru`);
  await warmUp.waitForSelector('canvas[data-layout="settled"]', { timeout: 120_000 });
  await warmUp.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(pageErrors).toEqual([]);
  pageErrors.length = 0;
});

async function open(size: (typeof SIZES)[number], lang: string, target: (typeof VIEWS)[number]): Promise<Page> {
  context = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: size.name !== 'desktop' });
  const page = await context.newPage();
  collectPageErrors(page, pageErrors);
  await page.goto(`${app.url}?view=${target.view}&lang=${lang}&${target.query}&token=${token}`);
  await page.locator(target.ready).first().waitFor({ state: 'attached', timeout: 30_000 });
  return page;
}

/** How far the page itself scrolls sideways (0 when it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

function describeViolations(violations: Awaited<ReturnType<typeof seriousViolations>>): string {
  return violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`).join('\n');
}

for (const size of SIZES) {
  describe(`${size.name} ${size.width}×${size.height}`, () => {
    for (const lang of LANGS) {
      for (const target of VIEWS) {
        it(`${target.view} (${lang}): fits the screen and passes axe`, async () => {
          const page = await open(size, lang, target);
          if (size.name !== 'desktop') {
            // The picture may be drawn a moment after the content marker (the timeline after the table).
            await page.locator(target.picture).first().waitFor({ state: 'visible', timeout: 15_000 });
            const box = await page.locator(target.picture).first().boundingBox();
            expect(box, `${target.picture} is not shown`).not.toBeNull();
            expect(box!.width).toBeGreaterThanOrEqual(0.9 * size.width);
            expect(box!.x).toBeGreaterThanOrEqual(-1);
          }
          expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
          const violations = await seriousViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
        });
      }

      if (size.name !== 'desktop') {
        it(`every tab is reachable and opens its view (${lang})`, async () => {
          const page = await open(size, lang, VIEWS[0]);
          for (const view of [...TAB_VIEWS].reverse()) {
            const tab = page.locator(`[role="tab"][data-view="${view}"]`);
            // A tap: Playwright scrolls the tab bar to it and refuses if anything covers it.
            await tab.tap();
            await poll(() => tab.getAttribute('aria-selected')).toBe('true');
            await poll(() => page.locator(`#panel-${view}`).isVisible()).toBe(true);
            const box = (await tab.boundingBox())!;
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(size.width + 1);
            expect(box.height).toBeGreaterThanOrEqual(44);
            expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
          }
        });
      }
    }
  });
}
