/**
 * Analysts' tools in Debian's Chromium on the real seeded Neo4j: Neo4j's notifications worded under a console
 * result, a named analysis saying why it returned fewer rows than asked, and a phase chosen from a list.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authSettings, signToken, type AuthSettings } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { RUN_ANALYSIS, type TabularResult } from '../../web/src/analysis/analysis-api.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { as, graphqlData } from '../support/graphql.js';
import { collectPageErrors, launchChromium, poll, seriousViolations } from './support/browser.js';

let app: RunningApp;
let auth: AuthSettings;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let analystToken: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  await ensureWebBuilt();
  auth = authSettings({ production: false });
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth });
  browser = await launchChromium();
  analystToken = await signToken(auth, 'analyst-test', Role.ANALYST);
});

afterAll(async () => {
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

const asAnalyst = (query: string) => `${app.url}?${query}&token=${analystToken}`;

describe('analysts’ tools', () => {
  it('words Neo4j’s notification about an unknown label, with line and column, in English and Russian', async () => {
    for (const [lang, expected] of [
      ['en', 'Line 2, column 10: no node has the label Persn'],
      ['ru', 'Строка 2, позиция 10: ни у одного узла нет метки Persn'],
    ] as const) {
      await page.goto(asAnalyst(`view=analysis&lang=${lang}`));
      await page.getByTestId('cypher-query').fill('// people by name\nMATCH (p:Persn)\nRETURN p.nameEn AS name');
      await page.getByTestId('run-cypher').click();
      const notices = page.getByTestId('cypher-console').getByTestId('result-notices');
      await poll(() => notices.isVisible()).toBe(true);
      expect(await notices.innerText()).toContain(expected);
      expect(await notices.locator('li').getAttribute('data-code')).toBe('Neo.ClientNotification.Statement.UnknownLabelWarning');
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the schema with counts, puts a chosen name into the query, and completes labels as they are typed', async () => {
    await page.goto(asAnalyst('view=analysis&lang=en'));
    const labels = page.getByTestId('schema-panel').getByTestId('schema-labels');
    await poll(() => labels.locator('li[data-name="Person"] summary').isVisible()).toBe(true);
    expect(await labels.locator('li[data-name="Person"] summary').innerText()).toMatch(/^\d+ nodes$/);
    const query = page.getByTestId('cypher-query');
    await query.fill('MATCH (p');
    await labels.locator('li[data-name="Person"] button[data-insert=":Person"]').click();
    expect(await query.inputValue()).toBe('MATCH (p:Person');
    await query.fill('');
    await query.pressSequentially('MATCH (e:Eve');
    const suggestions = page.getByTestId('cypher-completions');
    await poll(() => suggestions.isVisible()).toBe(true);
    expect(await suggestions.locator('li').first().innerText()).toContain('Event');
    await query.press('Tab');
    expect(await query.inputValue()).toBe('MATCH (e:Event');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('offers the phase as a list and says why brokers of one phase are fewer than asked (none)', async () => {
    const expected = (
      await graphqlData<{ runAnalysis: TabularResult & { shortfall: { returned: number; withoutFilter: number } } }>(
        RUN_ANALYSIS.replace('graph {', 'shortfall { code asked returned withoutFilter } graph {'),
        { name: 'brokers', parameters: { phaseId: 'psi-phase-2', first: 100 } },
        { principal: as(Role.ANALYST) },
      )
    ).runAnalysis;
    // In the seed, phase 2 has one event that everyone attended: nobody sits between others there, while the whole network has brokers.
    expect(expected.shortfall).toMatchObject({ code: 'NONE_QUALIFY', asked: 100, returned: 0 });
    expect(expected.shortfall.withoutFilter).toBeGreaterThan(0);

    await page.goto(asAnalyst('view=analysis&lang=en'));
    await page.getByRole('button', { name: 'Brokers' }).click();
    const form = page.locator('form.analysis-form[data-name="brokers"]');
    const phase = form.locator('select[data-param="phaseId"]');
    // A list of the programme's phases by name, not an id to type.
    await poll(() => phase.locator('option').count()).toBeGreaterThan(2);
    const labels = await phase.locator('option').allInnerTexts();
    expect(labels[0]).toBe('(any)');
    expect(labels.some((label) => /Phase 2/i.test(label))).toBe(true);
    expect(await form.locator('input[data-param="phaseId"]').count()).toBe(0);
    await phase.selectOption('psi-phase-2');
    await form.locator('input[data-param="first"]').fill('100');
    await form.getByRole('button', { name: 'Run', exact: true }).click();
    const notices = page.getByTestId('analyses').getByTestId('result-notices');
    await poll(() => notices.isVisible()).toBe(true);
    const text = await notices.innerText();
    expect(text).toContain('No rows: nothing meets the analysis’s condition with these parameters.');
    expect(text).toContain(`Without the filter, ${expected.shortfall.withoutFilter} would qualify.`);
  });
});
