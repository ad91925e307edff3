/**
 * The analysis view and the coverage chart in Debian's Chromium, served by the real app on the real seeded Neo4j:
 * named analyses, the read-only Cypher console, what a reader sees instead, coverage over time, CSVs and axe-core.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authSettings, signToken, type AuthSettings } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ANALYSES, RUN_ANALYSIS, type AnalysisDefinition, type TabularResult } from '../../web/src/analysis/analysis-api.js';
import { COUNTRY_ID, COVERAGE, type CoverageReport, type CoverageTerritory } from '../../web/src/map/coverage-query.js';
import { tabularCsv } from '../../web/src/shaping/tabular.js';
import { coverageCsv } from '../../web/src/shaping/coverage.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { as, graphqlData } from '../support/graphql.js';
import { launchChromium, seriousViolations, collectPageErrors, poll } from './support/browser.js';

let app: RunningApp;
let auth: AuthSettings;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let analystToken: string;
const pageErrors: string[] = [];
/** Operation names of the GraphQL requests the page sent. */
const operations: string[] = [];
const analyst = { principal: as(Role.ANALYST, 'analyst-test') };

beforeAll(async () => {
  await ensureWebBuilt();
  // Development settings: anonymous callers read as viewers, so only a token makes an analyst.
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
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  pageErrors.length = 0;
  operations.length = 0;
  collectPageErrors(page, pageErrors);
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '(anonymous)');
  });
});

afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});


const url = (query: string) => `${app.url}?${query}`;
const asAnalyst = (query: string) => url(`${query}&token=${analystToken}`);

async function csvOf(trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), bytes, lines: bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n') };
}

describe('who may analyse', () => {
  it('tells a reader how to sign in as an analyst, and asks nothing the server would refuse', async () => {
    await page.goto(url('view=analysis&lang=en'));
    const notice = page.getByTestId('role-notice');
    await poll(() => notice.isVisible()).toBe(true);
    const text = await notice.innerText();
    expect(text).toContain('Named analyses and the Cypher console need the analyst (or admin) role.');
    expect(text).toContain('You are not signed in');
    // The command of server/cli/token.ts: `npm run token -- <user> <role> [expiry]`.
    expect(await notice.locator('code').innerText()).toBe('npm run token -- <your name> analyst');
    expect(await page.getByTestId('analyses-list').count()).toBe(0);
    expect(await page.getByTestId('cypher-console').count()).toBe(0);
    expect(operations).toContain('Session');
    expect(operations.filter((name) => /Analys|Cypher/.test(name))).toEqual([]);
  });
});

describe('named analyses', () => {
  it('lists every analysis the API offers and shows the chosen one’s parameters', async () => {
    const { analyses } = await graphqlData<{ analyses: AnalysisDefinition[] }>(ANALYSES, {}, analyst);
    await page.goto(asAnalyst('view=analysis&lang=en'));
    const buttons = page.getByTestId('analyses-list').locator('button');
    await poll(() => buttons.count()).toBe(analyses.length);
    expect(await buttons.allInnerTexts()).toEqual(analyses.map((analysis) => analysis.title));
    expect(await buttons.evaluateAll((all) => all.map((button) => button.getAttribute('data-name')))).toEqual(analyses.map((analysis) => analysis.name));
    expect(await page.getByTestId('analysis-title').innerText()).toBe(analyses[0]!.title);

    await page.getByRole('button', { name: 'Most connected stakeholders per kind' }).click();
    const form = page.locator('form.analysis-form[data-name="most-connected"]');
    expect(await form.locator('input[data-param="first"]').inputValue()).toBe('5');
    expect(await form.locator('input[data-param="first"]').getAttribute('max')).toBe('100');
    // Allowed values become a list: “(any)” plus each kind.
    const kinds = analyses.find((analysis) => analysis.name === 'most-connected')!.parameters.find((parameter) => parameter.name === 'kind')!.allowedValues!;
    expect(await form.locator('select[data-param="kind"] option').count()).toBe(kinds.length + 1);
    expect(await page.getByRole('button', { name: 'Most connected stakeholders per kind' }).getAttribute('aria-current')).toBe('true');

    // In Russian every analysis has its own title, and each parameter a readable label beside its API name.
    await page.goto(asAnalyst('view=analysis&lang=ru'));
    await poll(() => buttons.count()).toBe(analyses.length);
    const russianTitles = await buttons.allInnerTexts();
    russianTitles.forEach((title, index) => expect(title).not.toBe(analyses[index]!.title));
    expect(russianTitles[0]).toBe('Посредники');
    expect(await page.getByTestId('analysis-title').innerText()).toBe('Посредники');
    const brokers = page.locator('form.analysis-form[data-name="brokers"]');
    expect(await brokers.locator('.param-label').allInnerTexts()).toEqual(['Фаза программы', 'Сколько']);
    expect(await brokers.locator('.param-name').allInnerTexts()).toEqual(['phaseId', 'first']);
  });

  it('runs “common events” for a person found by name and a municipality by id, and opens the event in the network', async () => {
    const parameters = { firstId: 'person-mambetova-asel', secondId: 'ao-41702210830000' };
    const expected = (await graphqlData<{ runAnalysis: TabularResult }>(RUN_ANALYSIS, { name: 'common-events', parameters }, analyst)).runAnalysis;
    expect(expected.rows.map((row) => row.eventId)).toEqual(['event-2019-07-18-karakol-inception']);

    await page.goto(asAnalyst('view=analysis&lang=en'));
    await page.getByRole('button', { name: 'Common events of two stakeholders' }).click();
    const form = page.locator('form.analysis-form[data-name="common-events"]');
    await form.locator('fieldset', { hasText: 'firstId' }).getByRole('combobox').fill('Mambetova');
    await page.getByRole('option', { name: /Asel Mambetova/ }).click();
    expect(await form.locator('input[data-param="firstId"]').inputValue()).toBe('person-mambetova-asel');
    await form.locator('input[data-param="secondId"]').fill('ao-41702210830000');
    await form.getByRole('button', { name: 'Run', exact: true }).click();

    await poll(() => page.getByTestId('analyses').getByTestId('result-summary').innerText()).toBe('Rows: 1');
    const row = page.getByTestId('analyses').getByTestId('result-table').locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('[data-col="eventId"]').innerText()).toBe('event-2019-07-18-karakol-inception');
    expect(await row.locator('[data-col="date"]').innerText()).toBe('2019-07-18');
    expect(await row.locator('[data-col="firstRoles"]').innerText()).toBe('Presenter');
    expect(await row.locator('[data-col="secondRoles"]').innerText()).toBe('Participant, Presenter');

    await row.getByRole('button', { name: 'event-2019-07-18-karakol-inception' }).click();
    await poll(() => new URL(page.url()).searchParams.get('view')).toBe('network');
    expect(new URL(page.url()).searchParams.get('node')).toBe('event-2019-07-18-karakol-inception');
    await poll(() => page.getByTestId('details-name').textContent()).toBe('Phase 2 inception seminar, Public Service Improvement project');
  });

  it('runs “reachable from the donor”: the rows, the graph and the CSV are the API’s', async () => {
    const expected = (await graphqlData<{ runAnalysis: TabularResult }>(RUN_ANALYSIS, { name: 'reachable-from-donor', parameters: {} }, analyst)).runAnalysis;
    const graph = expected.graph!;
    expect(expected.rows.length).toBeGreaterThan(0);

    await page.goto(asAnalyst('view=analysis&lang=en'));
    await page.getByRole('button', { name: 'Reachable from the donor' }).click();
    const form = page.locator('form.analysis-form[data-name="reachable-from-donor"]');
    expect(await form.locator('input[data-param="donorId"]').inputValue()).toBe('gov-switzerland');
    await form.getByRole('button', { name: 'Run', exact: true }).click();
    await poll(() => page.getByTestId('analyses').getByTestId('result-summary').innerText()).toBe(`Rows: ${expected.rows.length} · graph: ${graph.nodes.length} nodes, ${graph.edges.length} links`);
    const ids = page.getByTestId('analyses').getByTestId('result-table').locator('tbody [data-col="id"]');
    expect(await ids.allInnerTexts()).toEqual(expected.rows.map((row) => row.id));

    const { name, bytes, lines } = await csvOf(() => page.getByTestId('analyses').getByTestId('result-csv').click());
    expect(name).toBe('analysis-reachable-from-donor.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe('steps,id,entityType,kind,nameRu,nameEn');
    expect(lines.join('\r\n')).toBe(tabularCsv(expected));

    await page.getByRole('tab', { name: 'Graph' }).click();
    const nodes = page.getByTestId('result-graph').locator('.result-node');
    expect(await nodes.count()).toBe(graph.nodes.length);
    expect(await page.getByTestId('result-graph').locator('.result-edges line').count()).toBe(graph.edges.length);
    // One tab stop; the arrow keys move along the nodes and Enter opens one.
    await nodes.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(graph.nodes[1]!.id);
    await page.keyboard.press('Enter');
    await poll(() => new URL(page.url()).searchParams.get('node')).toBe(graph.nodes[1]!.id);
    expect(new URL(page.url()).searchParams.get('view')).toBe('network');
  });

  it('names a parameter out of range before sending anything', async () => {
    await page.goto(asAnalyst('view=analysis&lang=en'));
    await page.getByRole('button', { name: 'Reachable from the donor' }).click();
    const form = page.locator('form.analysis-form[data-name="reachable-from-donor"]');
    await form.locator('input[data-param="maxSteps"]').fill('9');
    await form.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await form.getByRole('alert').innerText()).toBe('maxSteps must be at most 8.');
    expect(await form.locator('input[data-param="maxSteps"]').getAttribute('aria-invalid')).toBe('true');
    expect(operations).not.toContain('RunAnalysis');
  });
});

describe('read-only Cypher console', () => {
  it('runs a query with Ctrl+Enter and shows its rows', async () => {
    await page.goto(asAnalyst('view=analysis&lang=en'));
    const query = page.getByTestId('cypher-query');
    await query.fill("MATCH (o:Territory {level: 'OBLAST'}) RETURN o.nameEn AS name ORDER BY name");
    await query.press('Control+Enter');
    const cypher = page.getByTestId('cypher-console');
    await poll(() => cypher.getByTestId('result-summary').innerText()).toBe('Rows: 7');
    expect(await cypher.locator('tbody [data-col="name"]').allInnerTexts()).toEqual(['Batken', 'Chui', 'Issyk-Kul', 'Jalal-Abad', 'Naryn', 'Osh', 'Talas']);
    // No nodes in the rows, so no graph to show.
    expect(await cypher.getByRole('tab', { name: 'Graph' }).isVisible()).toBe(false);

    // More rows than the limit: refused with the server's reason, never cut short.
    await cypher.getByLabel('Row limit').fill('5');
    await query.press('Control+Enter');
    await poll(() => cypher.getByRole('alert').innerText()).toBe('The server refused it: row limit: the query returns more than 5 rows; add LIMIT or raise the row limit (at most 10000)');
    expect(await cypher.getByTestId('result').isVisible()).toBe(false);
  });

  it('starts from examples: Naryn’s 64 municipalities, and the Karakol seminar’s participants as a graph', async () => {
    await page.goto(asAnalyst('view=analysis&lang=en'));
    const cypher = page.getByTestId('cypher-console');
    await cypher.getByLabel('Examples').selectOption({ label: 'Municipalities of Naryn oblast' });
    await cypher.getByRole('button', { name: 'Use example' }).click();
    expect(JSON.parse(await page.getByTestId('cypher-parameters').inputValue())).toEqual({ oblast: '41704000000000' });
    await cypher.getByRole('button', { name: 'Run', exact: true }).click();
    await poll(() => cypher.getByTestId('result-summary').innerText()).toBe('Rows: 64');

    await cypher.getByLabel('Examples').selectOption({ label: 'Who took part in the Karakol seminar (with the graph)' });
    await cypher.getByRole('button', { name: 'Use example' }).click();
    await cypher.getByRole('button', { name: 'Run', exact: true }).click();
    // 70 organisations and 4 people, and the seminar itself.
    await poll(() => cypher.getByTestId('result-summary').innerText()).toBe('Rows: 74 · graph: 75 nodes, 74 links');
    const participant = cypher.locator('tbody [data-col="participant"] button', { hasText: 'Asel Mambetova (Person)' });
    expect(await participant.getAttribute('data-id')).toBe('person-mambetova-asel');
    await cypher.getByRole('tab', { name: 'Graph' }).click();
    expect(await cypher.getByTestId('result-graph').locator('.result-node').count()).toBe(75);
  });

  it('shows the server’s reason when it refuses a write, and nothing changes', async () => {
    const db = testDatabase();
    const count = async () => (await db.runStatement('test: count', 'MATCH (n) RETURN count(n) AS nodes, count{ MATCH (:Intruder) } AS intruders'))[0];
    const before = await count();
    await page.goto(asAnalyst('view=analysis&lang=en'));
    const cypher = page.getByTestId('cypher-console');
    await page.getByTestId('cypher-query').fill("CREATE (n:Intruder {name: 'x'}) RETURN n");
    await cypher.getByRole('button', { name: 'Run', exact: true }).click();
    await poll(() => cypher.getByRole('alert').first().innerText()).toBe('The server refused it: query: writes are not allowed: analyst queries are read-only');
    expect(await cypher.getByTestId('result').isVisible()).toBe(false);
    expect(await count()).toEqual(before);
    expect(before).toMatchObject({ intruders: 0 });
  });

  it('checks that the parameters are a JSON object before sending the query', async () => {
    await page.goto(asAnalyst('view=analysis&lang=en'));
    const cypher = page.getByTestId('cypher-console');
    await page.getByTestId('cypher-query').fill('RETURN $n AS n');
    const parameters = page.getByTestId('cypher-parameters');
    await parameters.fill('[1, 2]');
    await cypher.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await cypher.getByRole('alert').innerText()).toBe('The parameters must be a JSON object like {"name": "value"}, not a list or a single value.');
    expect(await parameters.getAttribute('aria-invalid')).toBe('true');
    await parameters.fill('{n: 1}');
    await cypher.getByRole('button', { name: 'Run', exact: true }).click();
    await poll(() => cypher.getByRole('alert').innerText()).toMatch(/^The parameters are not valid JSON: /);
    expect(operations).not.toContain('RunCypher');

    await parameters.fill('{"n": 3}');
    await cypher.getByRole('button', { name: 'Run', exact: true }).click();
    await poll(() => cypher.locator('tbody [data-col="n"]').innerText()).toBe('3');
    expect(await cypher.getByRole('alert').count()).toBe(0);
  });
});

describe('coverage over time beside the map', () => {
  async function coverage(since: string | null = null): Promise<CoverageReport> {
    const data = await graphqlData<{ coverageOverTime: Omit<CoverageReport, 'scope'>; scope: CoverageTerritory }>(COVERAGE, { phaseId: 'psi-phase-2', since, territoryId: COUNTRY_ID, interval: 'QUARTER' });
    return { ...data.coverageOverTime, scope: data.scope };
  }

  it('draws the Karakol seminar’s quarter with the API’s count of municipalities reached for the first time', async () => {
    const report = await coverage();
    const quarter = report.overall.periods.find((period) => period.period === '2019-Q3')!;
    // The seed: the seminar reached all 61 ayil okmotus of Issyk-Kul, the only event of phase 2.
    expect(quarter).toMatchObject({ events: 1, firstTime: 61, repeat: 0, cumulativeReached: 61 });

    await page.goto(url('view=map&lang=en&phase=psi-phase-2'));
    const chart = page.getByTestId('coverage-chart');
    const bar = chart.locator('.coverage-bar[data-period="2019-Q3"]');
    await bar.waitFor();
    expect(await chart.locator('.coverage-bar').count()).toBe(report.overall.periods.length);
    expect(await bar.getAttribute('data-first-time')).toBe(String(quarter.firstTime));
    expect(await bar.getAttribute('data-repeat')).toBe('0');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toContain(`${quarter.cumulativeReached} of ${report.overall.totalMunicipalities} reached so far`);
    const row = page.getByTestId('coverage-table').locator('tr[data-period="2019-Q3"]');
    expect(await row.locator('[data-col="first-time"]').textContent()).toBe('61');
    expect(await row.locator('[data-col="reported"]').textContent()).toBe('71');

    // Years and months.
    await page.getByTestId('coverage').getByRole('button', { name: 'Year' }).click();
    await poll(() => chart.locator('.coverage-bar').first().getAttribute('data-period')).toBe('2019');
    expect(await page.getByTestId('coverage').getByRole('button', { name: 'Year' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('coverage').getByRole('button', { name: 'Month' }).click();
    await poll(() => page.getByTestId('coverage-chart').locator('.coverage-bar').first().getAttribute('data-period')).toBe('2019-07');
    expect(await page.getByTestId('coverage-chart').locator('.coverage-bar').first().getAttribute('data-first-time')).toBe('61');
  });

  it('downloads the numbers as CSV: the whole country, then each oblast', async () => {
    const report = await coverage();
    await page.goto(url('view=map&lang=en&phase=psi-phase-2'));
    await page.getByTestId('coverage-chart').locator('.coverage-bar').first().waitFor();
    const { name, bytes, lines } = await csvOf(() => page.getByTestId('coverage-csv').click());
    expect(name).toBe('coverage-psi-phase-2-quarter.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines.join('\r\n')).toBe(coverageCsv(report));
    // Seven oblasts, Bishkek and Osh, and the country: one row each for the single quarter.
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines[1]).toBe('2019-Q3,2019-07-01,2019-09-30,total,41700000000000,COUNTRY,Кыргызская Республика,Kyrgyz Republic,484,1,61,61,0,61,0.126033,4,71');
    expect(lines.find((line) => line.includes(',41702000000000,'))).toBe('2019-Q3,2019-07-01,2019-09-30,oblast,41702000000000,OBLAST,Иссык-Кульская область,Issyk-Kul,64,1,61,61,0,61,0.953125,,');
    expect(lines.find((line) => line.includes(',41704000000000,'))).toBe('2019-Q3,2019-07-01,2019-09-30,oblast,41704000000000,OBLAST,Нарынская область,Naryn,64,0,0,0,0,0,0,,');
  });

  it('follows the map’s date: after the seminar there is nothing to chart', async () => {
    await page.goto(url('view=map&lang=en&phase=psi-phase-2&since=2019-07-19'));
    const coverageSection = page.getByTestId('coverage');
    await poll(() => coverageSection.getByRole('status').innerText()).toBe('No event of this phase took place in the time chosen, so there is nothing to chart yet.');
    expect(await page.getByTestId('coverage-chart').count()).toBe(0);
    expect(await page.getByTestId('coverage-csv').isDisabled()).toBe(true);
  });
});

describe('accessibility', () => {
  it('has no serious violations: the analysis view with a result graph', async () => {
    await page.goto(asAnalyst('view=analysis&lang=en'));
    await page.getByRole('button', { name: 'Reachable from the donor' }).click();
    await page.locator('form.analysis-form[data-name="reachable-from-donor"]').getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('tab', { name: 'Graph' }).click();
    await page.getByTestId('result-graph').waitFor();
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('has no serious violations: the reader’s notice, and the map with the coverage chart', async () => {
    await page.goto(url('view=analysis&lang=ru'));
    await page.getByTestId('role-notice').waitFor();
    expect(await seriousViolations(page), 'analysis notice').toEqual([]);
    await page.goto(url('view=map&lang=ru&phase=psi-phase-2'));
    await page.getByTestId('coverage-chart').waitFor();
    await page.getByTestId('coverage').locator('summary').click();
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
