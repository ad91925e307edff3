/**
 * The import wizard on a phone (390×844), in Debian's Chromium against the real app and the real seeded Neo4j:
 * the file input names the chosen or dropped file, the result of a confirmed import scrolls into view, and the
 * dry run's texts change from "will be created" to "created" once confirmed. Everything written is removed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { Cleanup, graphCounts } from '../imports/import-support.js';
import { collectPageErrors, launchChromium, poll, seriousViolations } from './support/browser.js';

const SHEET = 'jalal-abad-training-bom-semicolon.csv';
const sheetPath = fileURLToPath(new URL(`../fixtures/attendance/${SHEET}`, import.meta.url));
const NEW_EVENT = 'event-2024-11-21-budget-training-nooken';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let editorToken: string;
let initialCounts: { nodes: number; relationships: number };
const pageErrors: string[] = [];
const cleanup = new Cleanup();

beforeAll(async () => {
  await ensureWebBuilt();
  const auth = authSettings({ production: false });
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth });
  browser = await launchChromium();
  editorToken = await signToken(auth, 'wizard-test', Role.EDITOR);
  initialCounts = await graphCounts();
  cleanup.node(NEW_EVENT);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await cleanup.run();
  expect(await graphCounts()).toEqual(initialCounts);
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  page = await context.newPage();
  pageErrors.length = 0;
  collectPageErrors(page, pageErrors);
});

afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

async function openNewEvent(): Promise<void> {
  await page.goto(`${app.url}?view=import&lang=ru&token=${editorToken}`);
  await page.getByTestId('event-step').waitFor();
  await page.getByTestId('event-mode-new').check();
  await page.getByTestId('new-event-date').fill('2024-11-21');
  await page.getByTestId('new-event-kind').selectOption('TRAINING');
  await page.getByTestId('new-event-nameRu').fill('Тренинг по бюджету, Ноокен');
  await page.getByTestId('new-event-nameEn').fill('Budget training, Nooken');
  await page.getByTestId('new-event-nameEn').press('Tab');
  await page.getByTestId('new-event-phase').selectOption('psi-phase-3');
}

/** The name the file input itself shows (Chromium draws the first chosen file's name). */
function inputFileName(): Promise<string | null> {
  return page.getByTestId('import-file-input').evaluate((input: HTMLInputElement) => input.files?.[0]?.name ?? null);
}

describe('the import wizard on a phone', () => {
  it('names a dropped file in the file input', async () => {
    await openNewEvent();
    const content = [...readFileSync(sheetPath)];
    await page.locator('.drop-zone').first().evaluate((zone, { bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { bytes: content, name: SHEET });
    await poll(() => page.getByTestId('import-file').textContent()).toContain(SHEET);
    expect(await inputFileName()).toBe(SHEET);
  });

  it('names the chosen file, scrolls to the result and words the dry run in the past once confirmed', async () => {
    await openNewEvent();
    await page.getByTestId('import-file-input').setInputFiles(sheetPath);
    await poll(() => page.getByTestId('event-note').textContent()).toBe(`Мероприятие будет создано вместе с импортом; его идентификатор: ${NEW_EVENT}.`);
    // The input still names the file once it was read (it used to be emptied and say "no file chosen").
    expect(await inputFileName()).toBe(SHEET);
    expect(await page.getByTestId('will-write').textContent()).toMatch(/^При подтверждении будет записано/);
    expect(await page.locator('[data-testid="dry-run"] .badge.status-CREATE').first().textContent()).toBe('Будет создан');

    await poll(() => page.getByTestId('confirm-import').isEnabled()).toBe(true);
    const response = page.waitForResponse((candidate) => candidate.url().endsWith('/graphql') && (candidate.request().postData() ?? '').includes('ConfirmAttendanceImport'));
    await page.getByTestId('confirm-import').tap();
    const answer = (await (await response).json()) as { data: { confirmAttendanceImport: Parameters<Cleanup['track']>[0] } };
    cleanup.track(answer.data.confirmAttendanceImport);

    const result = page.getByTestId('import-result');
    await poll(() => result.isVisible()).toBe(true);
    // Scrolled into view: its top is on the screen without the user looking for it below the long table.
    await poll(async () => {
      const box = await result.boundingBox();
      return box !== null && box.y >= 0 && box.y < 844;
    }).toBe(true);

    expect(await page.getByTestId('event-note').textContent()).toBe(`Мероприятие создано вместе с импортом; его идентификатор: ${NEW_EVENT}.`);
    expect(await page.getByTestId('will-write').textContent()).toMatch(/^Записано: новых людей — \d+/);
    const badges = await page.locator('[data-testid="dry-run"] .badge').allTextContents();
    expect(badges).toContain('Создан');
    expect(badges).not.toContain('Будет создан');
    expect(await inputFileName()).toBe(SHEET);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
