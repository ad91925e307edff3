/**
 * The import wizard's new event and the sheet's title lines, in Debian's Chromium against the real app and the
 * real seeded Neo4j: a sheet chosen before the event is complete fills the new event's name, date, place and kind
 * from the lines above its header, and a date outside the chosen phase is said next to the date field.
 * Nothing is confirmed, so nothing is written.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { graphCounts } from '../imports/import-support.js';
import { collectPageErrors, launchChromium, poll } from './support/browser.js';

let app: RunningApp;
let browser: Browser;
let page: Page;
let editorToken: string;
const pageErrors: string[] = [];
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/attendance/${name}`, import.meta.url));

beforeAll(async () => {
  await ensureWebBuilt();
  const auth = authSettings({ production: false });
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth });
  browser = await launchChromium();
  editorToken = await signToken(auth, 'editor-test', Role.EDITOR);
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  collectPageErrors(page, pageErrors);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const value = (testId: string) => page.getByTestId(testId).inputValue();

describe('a new event from the sheet’s title lines', () => {
  it('fills the empty fields from the lines above the header, then warns at the date when it is outside the phase', async () => {
    const before = await graphCounts();
    await page.goto(`${app.url}?view=import&lang=ru&token=${editorToken}`);
    await page.getByTestId('event-step').waitFor();
    await page.getByTestId('event-mode-new').check();
    await page.getByTestId('import-file-input').setInputFiles(fixture('kara-suu-services-seminar-cp1251.csv'));

    await poll(() => value('new-event-date')).toBe('2024-02-28');
    expect(await value('new-event-nameRu')).toBe('Семинар «Муниципальные услуги и доступ граждан к информации»');
    expect(await value('new-event-placeRu')).toBe('г. Кара-Суу');
    expect(await value('new-event-kind')).toBe('SEMINAR');
    expect(await page.getByTestId('new-event-from-sheet').textContent()).toBe('Заполнено по строкам над заголовком списка (строки 1, 2, 3): проверьте.');
    // Complete now, so the sheet is checked against the new event.
    await poll(() => page.getByTestId('dry-run').locator('.note').textContent()).toMatch(/event-2024-02-28-/);

    expect(await page.getByTestId('new-event-date-warning').isHidden()).toBe(true);
    await page.getByTestId('new-event-phase').selectOption('psi-phase-3');
    await poll(() => page.getByTestId('new-event-date-warning').textContent()).toMatch(/^Эта дата вне периода «Фаза 3» \(.*2024.* – .*2028.*\): измените дату или фазу\.$/);
    expect(await page.getByTestId('new-event-date').getAttribute('aria-invalid')).toBe('true');

    // A field the user empties stays empty: the title lines fill a sheet's event once.
    await page.getByTestId('new-event-phase').selectOption('');
    await page.getByTestId('new-event-placeRu').fill('');
    await page.getByTestId('new-event-placeRu').press('Tab');
    await page.getByTestId('new-event-date').fill('2024-09-01');
    await page.getByTestId('new-event-date').press('Tab');
    await poll(() => page.getByTestId('dry-run').locator('.note').textContent()).toMatch(/event-2024-09-01-/);
    expect(await value('new-event-placeRu')).toBe('');
    expect(await graphCounts()).toEqual(before);
    expect(pageErrors).toEqual([]);
  });
});
