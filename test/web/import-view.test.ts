/**
 * The import view and the details panel's history in Debian's Chromium, served by the real app on the real
 * seeded Neo4j: the sign-in a viewer needs, the column mapping, the dry run of real attendance sheets, choices,
 * a refused confirmation that keeps the choices, a confirmed import and the same sheet again, a new event,
 * refused files, and the audit trail of an imported person. Everything written is removed afterwards.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authSettings, signToken, type AuthSettings } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { Cleanup, createTestEvent, graphCounts, graphqlData, query } from '../imports/import-support.js';
import { launchChromium, seriousViolations, collectPageErrors, poll } from './support/browser.js';

let app: RunningApp;
let auth: AuthSettings;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let editorToken: string;
let initialCounts: { nodes: number; relationships: number };
const pageErrors: string[] = [];
const cleanup = new Cleanup();

const SEMINAR = 'test-web-import-2024-03-14';
const SEMINAR_SHEET = 'issyk-kul-budget-seminar-2024.csv';
/** Created by the seminar sheet (see test/fixtures/attendance/issyk-kul-budget-seminar-2024.expected.json). */
const OSMONOV = 'person-osmonov-aybek-tursunovich-12f4c45656';
const NEW_EVENT = 'event-2024-10-10-budget-training-suzak';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/attendance/${name}`, import.meta.url));

beforeAll(async () => {
  await ensureWebBuilt();
  auth = authSettings({ production: false });
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth });
  browser = await launchChromium();
  editorToken = await signToken(auth, 'editor-test', Role.EDITOR);
  initialCounts = await graphCounts();
  cleanup.node(await createTestEvent(SEMINAR, '2024-03-14'));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  // An import's audit entry is also kept under the seeded people it matched: those copies go too.
  await query(
    `MATCH (c:Change) WHERE c.entityId IN $events WITH collect(DISTINCT c.id) AS ids
     MATCH (d:Change) WHERE d.id IN ids DELETE d`,
    { events: [SEMINAR, NEW_EVENT] },
  );
  await cleanup.run();
  // Other test files count the seed exactly.
  expect(await graphCounts()).toEqual(initialCounts);
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  pageErrors.length = 0;
  collectPageErrors(page, pageErrors);
});

afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});


const url = (search: string) => `${app.url}?${search}`;

/** Operations the page sent, by name. */
function operationsSent(target: Page): string[] {
  const names: string[] = [];
  target.on('request', (request) => {
    if (request.url().endsWith('/graphql')) names.push(JSON.parse(request.postData() ?? '{}').operationName ?? '');
  });
  return names;
}

async function openImport(lang = 'en'): Promise<void> {
  await page.goto(url(`view=import&lang=${lang}&token=${editorToken}`));
  await page.getByTestId('event-step').waitFor();
}

async function chooseEvent(id: string): Promise<void> {
  await page.getByTestId('import-event').selectOption(id);
}

/** The dry run's counts, as the filter buttons show them. */
async function counts(): Promise<Record<string, string>> {
  const entries = await page.locator('.import-filters button').evaluateAll((buttons) => buttons.map((button) => [button.getAttribute('data-testid'), button.querySelector('.filter-count')?.textContent]));
  return Object.fromEntries(entries.map(([key, value]) => [String(key).replace('filter-', ''), String(value)]));
}

/** Confirms and returns what the API answered (the ids of what was written, for the cleanup). */
async function confirm(): Promise<{ data?: { confirmAttendanceImport: any }; errors?: { message: string }[] }> {
  const response = page.waitForResponse((candidate) => candidate.url().endsWith('/graphql') && (candidate.request().postData() ?? '').includes('ConfirmAttendanceImport'));
  await page.getByTestId('confirm-import').click();
  return (await response).json();
}

/** The two rows of the seminar sheet the dry run cannot settle: Ak-Bulun without a rayon, Karakol without "АО". */
async function makeSeminarChoices(): Promise<void> {
  await page.getByTestId('filter-AMBIGUOUS').click();
  await page.getByTestId('choice-57-ORGANISATION').selectOption('id:ao-41702225873000');
  await poll(() => counts().then((c) => c.AMBIGUOUS)).toBe('1');
  await page.getByTestId('choice-58-ORGANISATION').selectOption('id:ao-41702205813000');
  await poll(() => counts().then((c) => c.AMBIGUOUS)).toBe('0');
  await page.getByTestId('filter-ALL').click();
}

describe('who may import', () => {
  it('tells a viewer how to get an editor sign-in link, sends no import, and offers no history', async () => {
    const sent = operationsSent(page);
    await page.goto(url('view=import&lang=en'));
    const access = page.getByTestId('import-access');
    await poll(() => access.innerText()).toContain('Importing needs the editor or administrator role.');
    expect(await access.innerText()).toContain('You are reading without signing in, as a viewer.');
    expect(await access.innerText()).toContain('npm run token -- <user> editor 12h');
    expect(await page.getByTestId('event-step').isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(url('view=network&lang=en&node=person-mambetova-asel'));
    await poll(() => page.getByTestId('details-name').textContent()).toBe('Asel Mambetova');
    expect(await page.getByTestId('history').count()).toBe(0);
    expect(sent.filter((name) => name === 'PreviewAttendanceImport' || name === 'History')).toEqual([]);
  });
});

describe('importing the seminar sheet into an existing event', () => {
  it('shows the guessed columns, follows a corrected column, and counts the dry run by status', async () => {
    await openImport();
    expect(await page.getByTestId('confirm-blocker').innerText()).toBe('Waiting for the dry run.');
    expect(await page.getByTestId('mapping-waiting').innerText()).toBe('The sheet’s columns appear here once it is read.');
    await chooseEvent(SEMINAR);
    await page.getByTestId('import-file-input').setInputFiles(fixture(SEMINAR_SHEET));
    await poll(() => page.getByTestId('mapping-waiting').count()).toBe(0);
    await poll(() => page.getByTestId('rows-summary').textContent()).toBe('58 rows with data; 4 blank or repeated header rows left out.');
    expect(await page.getByTestId('import-read-as').textContent()).toBe('Read as CSV, encoding UTF-8, delimiter “,”. Header found on row 4.');

    const fields = await page.locator('[data-testid="mapping-table"] select').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
    expect(fields).toEqual(['IGNORE', 'FULL_NAME', 'POSITION', 'ORGANISATION', 'MUNICIPALITY', 'RAYON', 'GENDER', 'PHONE']);
    expect(await page.getByTestId('mapping-table').locator('tbody tr').nth(1).innerText()).toMatch(/B\s+ФИО\s+Мамбетова А\..*guessed/s);
    expect(await counts()).toEqual({ ALL: '58', AMBIGUOUS: '2', INVALID: '0', CREATE: '51', MATCH: '2', DUPLICATE: '3', SKIPPED: '0' });
    expect(await page.getByTestId('will-write').textContent()).toBe('Confirming will write 51 new people, 1 new organisations, 51 new posts and 53 participations.');

    // Positions not imported: no new posts. Names not mapped: the server's problem, and nothing to confirm.
    await page.getByTestId('field-C').selectOption('IGNORE');
    await poll(() => page.getByTestId('will-write').textContent()).toBe('Confirming will write 51 new people, 1 new organisations, 0 new posts and 53 participations.');
    await page.getByTestId('field-B').selectOption('IGNORE');
    await poll(() => page.getByTestId('mapping-problems').innerText()).toContain('no column holds the names: map one to FULL_NAME, or map SURNAME and GIVEN_NAME');
    expect(await page.getByTestId('dry-run').isVisible()).toBe(false);
    expect(await page.getByTestId('confirm-blocker').innerText()).toBe('Fix the columns first.');
    await page.getByRole('button', { name: 'Use the guessed columns again' }).click();
    await poll(() => page.getByTestId('will-write').textContent()).toBe('Confirming will write 51 new people, 1 new organisations, 51 new posts and 53 participations.');
    expect(await page.getByTestId('field-C').inputValue()).toBe('POSITION');

    // Rows with their match, score and reason.
    const row7 = await page.locator('tr[data-row="7"]').innerText();
    expect(row7).toContain('Осмонов Айбек Турсунович');
    expect(row7).toContain('Ак-Булунский айыл окмоту (Тюпский район)');
    expect(row7).toContain('"Ак-Булунский а/о" names Ак-Булунский айыл окмоту (Тюпский район), in Тюпский район as the sheet says');
    expect(await page.locator('tr[data-row="5"]').innerText()).toMatch(/Found.*Асель Мамбетова.*score 0\.95/s);
    expect(await page.locator('tr[data-row="62"]').innerText()).toContain('Пол: "?" is not ж/м or F/M; gender left unknown');
    expect(await page.getByTestId('confirm-import').isDisabled()).toBe(true);
    expect(await page.getByTestId('confirm-blocker').innerText()).toBe('2 rows still need a choice.');
  });

  it('needs a choice for the ambiguous rows, keeps the choices when a confirmation is refused, then imports once', async () => {
    await openImport();
    await chooseEvent(SEMINAR);
    await page.getByTestId('import-file-input').setInputFiles(fixture(SEMINAR_SHEET));
    await poll(() => counts().then((c) => c.AMBIGUOUS)).toBe('2');
    await page.getByTestId('filter-AMBIGUOUS').click();
    expect(await page.locator('.import-rows tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')))).toEqual(['57', '58']);
    expect(await page.locator('tr[data-row="57"]').innerText()).toContain('2 organisations could be meant by "Ак-Булун"');
    await page.getByTestId('filter-ALL').click();
    await makeSeminarChoices();
    await poll(() => page.getByTestId('confirm-import').isEnabled()).toBe(true);

    // The choices stay through a change of language (the page re-renders), and show as chosen.
    await page.locator('button[data-lang="ru"]').first().click();
    await poll(() => page.getByTestId('filter-AMBIGUOUS').textContent()).toBe('Нужен выбор 0');
    expect(await page.getByTestId('choice-57-ORGANISATION').inputValue()).toBe('id:ao-41702225873000');
    await page.locator('button[data-lang="en"]').first().click();
    // The dry run is asked for again in the new language: its reasons follow once it answers.
    await poll(() => page.locator('tr[data-row="58"]').innerText()).toContain('chosen');
    // Contrast is checked on the settled page, not on the dry run dimmed while it is asked again.
    await poll(() => page.locator('.dry-run').first().getAttribute('aria-busy')).toBe('false');
    expect(await seriousViolations(page)).toEqual([]);

    // The event disappears before the confirmation: the server's message, nothing written, choices kept.
    const before = await graphCounts();
    await query('MATCH (e:Event {id: $id}) DETACH DELETE e', { id: SEMINAR });
    const refused = await confirm();
    expect(refused.errors?.[0]?.message).toBe(`No event with id "${SEMINAR}"`);
    await poll(() => page.getByTestId('confirm-error').innerText()).toContain(`Nothing was imported: No event with id "${SEMINAR}"`);
    expect(await graphCounts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships });
    expect(await page.getByTestId('choice-58-ORGANISATION').inputValue()).toBe('id:ao-41702205813000');

    await createTestEvent(SEMINAR, '2024-03-14');
    const imported = await confirm();
    cleanup.track({ ...imported.data!.confirmAttendanceImport, event: undefined });
    expect(imported.data!.confirmAttendanceImport.summary).toMatchObject({ newPeople: 53, newOrganisations: 1, newPositions: 53, newParticipations: 55 });
    const result = page.getByTestId('import-result');
    await poll(() => result.isVisible()).toBe(true);
    expect(await result.getByRole('heading').textContent()).toBe(`Imported into ${SEMINAR} (14 Mar 2024)`);
    expect(await page.getByTestId('result-participations').innerText()).toMatch(/^55\s+participations recorded$/);
    expect(await page.getByTestId('result-people').innerText()).toMatch(/^53\s/);
    expect(await page.getByTestId('result-organisations').innerText()).toMatch(/^1\s/);
    expect(await page.getByTestId('confirm-error').isVisible()).toBe(false);
    const written = await graphqlData(`query ($id: ID!) { event(id: $id) { namedParticipantCount participants { participant { ... on Person { id } } } } }`, { id: SEMINAR });
    expect(written.event.namedParticipantCount).toBe(55);
    expect(written.event.participants.map((p: any) => p.participant.id)).toContain(OSMONOV);

    // The same sheet again, for the same event: nothing new.
    await page.getByRole('button', { name: 'Import another sheet for this event' }).click();
    expect(await page.getByTestId('import-event').inputValue()).toBe(SEMINAR);
    await page.getByTestId('import-file-input').setInputFiles(fixture(SEMINAR_SHEET));
    await poll(() => counts().then((c) => c.MATCH)).toBe('53');
    await makeSeminarChoices();
    const repeatedCounts = await graphCounts();
    const again = await confirm();
    expect(again.data!.confirmAttendanceImport.summary).toMatchObject({ newPeople: 0, newParticipations: 0 });
    await poll(() => page.getByTestId('nothing-new').textContent()).toBe('Nothing new: this sheet was imported before.');
    expect(await graphCounts()).toEqual(repeatedCounts);

    await page.getByTestId('open-event').click();
    await poll(() => new URL(page.url()).searchParams.get('event')).toBe(SEMINAR);
    await poll(() => page.getByTestId('named-count').innerText()).toMatch(/^55\s/);
  });

  it('shows the import in the history of a person it created, to an editor', async () => {
    const sent = operationsSent(page);
    await page.goto(url(`view=network&lang=en&node=${OSMONOV}&token=${editorToken}`));
    await poll(() => page.getByTestId('details-name').textContent()).toBe('Осмонов Айбек Турсунович');
    const history = page.getByTestId('history');
    expect(sent).not.toContain('History'); // loaded when opened
    await history.locator('summary').click();
    const entry = history.locator('li[data-action="IMPORTED"]');
    await poll(() => entry.count()).toBe(1);
    const text = await entry.innerText();
    expect(text).toContain('Imported · ');
    expect(text).toContain('by editor-test');
    expect(text).toContain(`Imported ${SEMINAR_SHEET} into «${SEMINAR}»: 55 participations, 53 new people, 1 new organisations, 53 new posts`);
    expect(text).toContain(`File: ${SEMINAR_SHEET}`);
    expect(sent.filter((name) => name === 'History')).toHaveLength(1);
    // Open while the panel is rebuilt for another language.
    await page.locator('button[data-lang="ru"]').first().click();
    await poll(() => history.locator('summary').textContent()).toBe('История изменений');
    expect(await history.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await history.locator('li[data-action="IMPORTED"]').innerText()).toContain('Импортировано');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a new event with the import', () => {
  it('creates the event with the sheet and links to it', async () => {
    await openImport();
    await page.getByTestId('event-mode-new').check();
    await page.getByTestId('new-event-date').fill('2024-10-10');
    await page.getByTestId('new-event-kind').selectOption('TRAINING');
    await page.getByTestId('new-event-nameRu').fill('Тренинг по бюджету, Сузак');
    await page.getByTestId('new-event-nameEn').fill('Budget training, Suzak');
    await page.getByTestId('new-event-nameEn').press('Tab');
    await page.getByTestId('new-event-phase').selectOption('psi-phase-3');
    await page.getByTestId('import-file-input').setInputFiles(fixture('jalal-abad-training-bom-semicolon.csv'));
    await poll(() => page.getByTestId('dry-run').locator('.note').textContent()).toBe(`The event will be created with the import; its id will be ${NEW_EVENT}.`);
    expect(await page.getByTestId('import-read-as').textContent()).toBe('Read as CSV, encoding UTF-8 with BOM, delimiter “;”. Header found on row 1.');
    await poll(() => page.getByTestId('confirm-import').isEnabled()).toBe(true);

    const imported = await confirm();
    cleanup.track(imported.data!.confirmAttendanceImport);
    expect(imported.data!.confirmAttendanceImport.event.id).toBe(NEW_EVENT);
    await poll(() => page.getByTestId('result-participations').innerText()).toMatch(/^17\s/);
    const event = await graphqlData(`{ event(id: "${NEW_EVENT}") { nameRu kind phase { id } namedParticipantCount } }`);
    expect(event.event).toEqual({ nameRu: 'Тренинг по бюджету, Сузак', kind: 'TRAINING', phase: { id: 'psi-phase-3' }, namedParticipantCount: 17 });
    // The events view, opened before the import in this page, lists the new event without a reload.
    await page.locator('#tab-events').click();
    await poll(() => page.locator('#panel-events .events-list').innerText()).toContain('Budget training, Suzak');
    await page.locator('#tab-import').click();
    await page.getByTestId('open-event').click();
    await poll(() => page.getByTestId('event-detail').getByRole('heading', { level: 2 }).textContent()).toBe('Budget training, Suzak');
  });
});

describe('sheets that cannot be imported', () => {
  it('shows the server’s exact message for a file it cannot read, and reads a sheet without a header once told where it is', async () => {
    const before = await graphCounts();
    await openImport();
    await chooseEvent(SEMINAR);
    await page.getByTestId('import-file-input').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    await poll(() => page.getByTestId('import-refusal').textContent()).toBe('The server refused the sheet: file: "old.xls" is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and upload that');

    await page.getByTestId('import-file-input').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('Тизме\n1;Сооронбаев Азат;Тамга АО\n') });
    await poll(() => page.getByTestId('import-refusal').textContent()).toBe(
      'The server refused the sheet: file: no header row found in the first 20 rows: name the columns (ФИО, Должность, Организация…) or give headerRow and mapping',
    );
    await page.getByTestId('import-header-row').fill('1');
    await page.getByTestId('import-header-row').press('Tab');
    await poll(() => page.getByTestId('mapping-problems').isVisible()).toBe(true);
    expect(await page.getByTestId('import-refusal').isVisible()).toBe(false);
    await page.getByTestId('field-B').selectOption('FULL_NAME');
    await poll(() => page.getByTestId('field-B').inputValue()).toBe('FULL_NAME');
    await page.getByTestId('field-C').selectOption('MUNICIPALITY');
    await poll(() => page.locator('tr[data-row="2"]').innerText()).toContain('Тамгинский айыл окмоту');
    expect(await counts()).toMatchObject({ ALL: '1', CREATE: '1' });
    expect(await graphCounts()).toEqual(before);
  });

  it('names each invalid row and column, and refuses to confirm', async () => {
    const before = await graphCounts();
    await openImport();
    await chooseEvent(SEMINAR);
    // Dropped on the page rather than chosen.
    await page.locator('.drop-zone').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'invalid-rows.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, readFileSync(fixture('invalid-rows.csv'), 'utf8'));
    await poll(() => page.getByTestId('import-file').textContent()).toBe('invalid-rows.csv, 1 KB');
    await poll(() => counts()).toMatchObject({ ALL: '8', INVALID: '5', AMBIGUOUS: '1', CREATE: '2' });
    await page.getByTestId('filter-INVALID').click();
    const problems = await page.locator('.import-rows tbody tr').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-row'), row.querySelector('.error-text')?.textContent]));
    expect(problems).toEqual([
      ['3', 'ФИО: the name is missing'],
      ['4', 'ФИО: "Тойчуев 2" is not a name: it has digits'],
      ['5', 'ФИО: "Асанбеков" is not enough: give the surname and a given name or initial'],
      ['6', 'Телефон: "12-34" is not a phone number (write e.g. 0555 123 456 or +996 555 123 456)'],
      ['7', 'Айыл окмоту: no ayil okmotu or town is called "Бешкемпир АО"'],
    ]);
    expect(await page.getByTestId('confirm-import').isDisabled()).toBe(true);
    expect(await page.getByTestId('confirm-blocker').innerText()).toBe('Invalid rows cannot be imported: skip them (“Skip this row”), or correct them in the sheet and upload it again.');
    expect(await graphCounts()).toEqual(before);
  });

  it('shows a Russian officer every message in Russian, with the sheet’s №, and imports the rest once the bad rows are skipped', async () => {
    await openImport('ru');
    await chooseEvent(SEMINAR);
    await page.getByTestId('import-file-input').setInputFiles(fixture('invalid-rows.csv'));
    await poll(() => counts()).toMatchObject({ ALL: '8', INVALID: '5', AMBIGUOUS: '1', CREATE: '2', SKIPPED: '0' });
    await page.getByTestId('filter-INVALID').click();
    const problems = await page.locator('.import-rows tbody tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('th')?.textContent, row.querySelector('.error-text')?.textContent]));
    expect(problems).toEqual([
      ['№ 2 (строка 3)', 'ФИО: не указано имя'],
      ['№ 3 (строка 4)', 'ФИО: «Тойчуев 2» — не имя: в нём есть цифры'],
      ['№ 4 (строка 5)', 'ФИО: «Асанбеков» — этого мало: укажите фамилию и имя или инициал'],
      ['№ 5 (строка 6)', 'Телефон: «12-34» — не номер телефона (пишите, например, 0555 123 456 или +996 555 123 456)'],
      ['№ 6 (строка 7)', 'Айыл окмоту: нет айыл окмоту или города с названием «Бешкемпир АО»'],
    ]);
    await page.getByTestId('filter-ALL').click();
    expect(await page.locator('tr[data-row="9"]').innerText()).toContain('Пол: «x» — не ж/м и не F/M; пол не указан');
    expect(await page.locator('tr[data-row="2"]').innerText()).toContain('нет в графе');
    // The interface in English: the server is asked again, in English.
    await page.locator('button[data-lang="en"]').first().click();
    await poll(() => page.locator('tr[data-row="3"] .error-text').textContent()).toBe('ФИО: the name is missing');
    await page.locator('button[data-lang="ru"]').first().click();
    await poll(() => page.locator('tr[data-row="3"] .error-text').textContent()).toBe('ФИО: не указано имя');

    for (const row of [3, 4, 5, 6, 7, 8]) {
      await page.getByTestId(`skip-${row}`).check();
      await poll(() => page.locator(`tr[data-row="${row}"]`).getAttribute('data-status')).toBe('SKIPPED');
    }
    await poll(() => page.getByTestId('confirm-import').isEnabled()).toBe(true);
    const imported = await confirm();
    cleanup.track({ ...imported.data!.confirmAttendanceImport, event: undefined });
    expect(imported.data!.confirmAttendanceImport).toMatchObject({ skippedRows: [3, 4, 5, 6, 7, 8], summary: { newParticipations: 2 } });
    await poll(() => page.getByTestId('skipped-rows').textContent()).toBe('Пропущены строки: 3, 4, 5, 6, 7, 8');
  });

  it('reads an XLSX workbook under a merged header and names its worksheet', async () => {
    await openImport();
    await chooseEvent(SEMINAR);
    await page.getByTestId('import-file-input').setInputFiles(fixture('workshop-merged-header.xlsx'));
    await poll(() => counts().then((c) => c.ALL)).toBe('16');
    expect(await page.getByTestId('import-read-as').textContent()).toMatch(/^Read as XLSX\. Header found on row \d+–\d+\.$/);
    expect(await page.getByTestId('import-sheet').inputValue()).toBe('Participants');
    // The workbook's worksheets are offered as the field's suggestions.
    expect(await page.getByTestId('import-sheet-list').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(['Participants']);
    expect(await page.getByTestId('import-sheet').getAttribute('list')).toBe(await page.getByTestId('import-sheet-list').getAttribute('id'));
    await page.getByTestId('import-sheet').fill('No such sheet');
    await page.getByTestId('import-sheet').press('Tab');
    await poll(() => page.getByTestId('import-refusal').textContent()).toMatch(/^The server refused the sheet: sheet: the workbook has no sheet "No such sheet" \(it has: .+\)$/);
  });
});
