/**
 * The events view in Debian's Chromium on the real seeded Neo4j: timeline labels of events on nearby dates do not
 * overlap, the organisation count agrees with the organisations drawn, and the Karakol table's 74 rows are explained.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authSettings } from '../../server/auth/credentials.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { graphqlData } from '../support/graphql.js';
import { collectPageErrors, launchChromium, poll } from './support/browser.js';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
// Two events two and seven days after the Karakol seminar: their labels would print over its label.
const nearby = ['events-view-test-2019-07-20', 'events-view-test-2019-07-25'];

beforeAll(async () => {
  await ensureWebBuilt();
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth: authSettings({ production: false }) });
  browser = await launchChromium();
  const create = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
  await graphqlData(create, { input: { id: nearby[0], kind: 'MEETING', date: '2019-07-20', nameEn: 'Follow-up meeting with Issyk-Kul municipalities', nameRu: 'Встреча с муниципалитетами Иссык-Кульской области' } });
  await graphqlData(create, { input: { id: nearby[1], kind: 'TRAINING', date: '2019-07-25', nameEn: 'Training on inter-municipal cooperation', nameRu: 'Тренинг по межмуниципальному сотрудничеству' } });
  // The second is recorded only through people who represented their organisations: no organisation in its own right.
  const add = `mutation ($input: AddParticipationInput!) { addParticipation(input: $input) { id } }`;
  await graphqlData(add, { input: { eventId: nearby[1], participantId: 'person-mambetova-asel', role: 'PRESENTER', representingId: 'psi-consortium' } });
  await graphqlData(add, { input: { eventId: nearby[1], participantId: 'person-kubatov-askat', role: 'PARTICIPANT', representingId: 'ao-41702210830000' } });
});

afterAll(async () => {
  for (const id of nearby) await graphqlData(`mutation ($id: ID!) { deleteEvent(id: $id) { id } }`, { id }).catch(() => undefined);
  await browser?.close();
  await app?.stop();
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

const url = (query: string) => `${app.url}?${query}`;

/** Boxes of the timeline's labels as drawn. */
async function labelBoxes(target: Page) {
  return target.locator('.timeline .event-label').evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect();
      return { text: label.textContent ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );
}

describe('events view', () => {
  for (const [width, height] of [[1440, 900], [390, 844]] as const) {
    it(`labels events on nearby dates without overlap at ${width}×${height}`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto(url(`view=events&lang=en&event=event-2019-07-18-karakol-inception`));
      await poll(() => page.locator('.timeline .event-mark').count()).toBe(3);
      const boxes = await labelBoxes(page);
      // The chosen event is always labelled; every label drawn is clear of every other.
      expect(await page.locator('.event-mark[data-id="event-2019-07-18-karakol-inception"] .event-label').textContent()).toMatch(/^18 Jul 2019 · Phase 2/);
      if (width >= 1440) expect(boxes).toHaveLength(3);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    });
  }

  it('counts the organisations it draws, also when they took part only through their representatives', async () => {
    await page.goto(url(`view=events&lang=ru&event=${nearby[1]}`));
    const bipartite = page.getByTestId('bipartite');
    await poll(() => bipartite.locator('.bipartite-org').count()).toBe(2);
    expect(await page.getByTestId('organisations-count').innerText()).toMatch(/^2\s/);
    expect(await page.getByTestId('organisations-represented-only').innerText()).toContain('только через представлявшего их названного человека: 2');
  });

  it('says why the Karakol seminar’s table has 74 rows when 71 took part, in English and Russian', async () => {
    await page.goto(url('view=events&lang=en&event=event-2019-07-18-karakol-inception'));
    const explained = page.getByTestId('table-explained');
    await poll(() => explained.innerText()).toContain('Rows in the participants table: 74.');
    const english = await explained.innerText();
    expect(english).toContain('named people: 4; organisations that took part in their own right: 70');
    expect(english).toContain('Participants reported: 71. These are people: 4 are named, the other 67');
    await page.getByTestId('participants-table').locator('xpath=..').locator('summary').click();
    expect(await page.getByTestId('participants-table').locator('tbody tr').count()).toBe(74);

    await page.goto(url('view=events&lang=ru&event=event-2019-07-18-karakol-inception'));
    await poll(() => page.getByTestId('table-explained').innerText()).toContain('Строк в таблице участников: 74.');
    expect(await page.getByTestId('table-explained').innerText()).toContain('Участников по отчёту: 71.');
  });
});
