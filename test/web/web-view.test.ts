/**
 * The web view in Debian's Chromium (playwright-core), served by the real app on the real seeded Neo4j:
 * network, search, events, engagement map, an API outage, the URL, the keyboard, and axe-core.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { authSettings, signToken, type AuthSettings } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { NEIGHBOURHOOD } from '../../web/src/api/queries.js';
import { settle } from '../../web/src/layout/layout.js';
import { buildNetwork, nodeRadius } from '../../web/src/shaping/graph.js';
import { testDatabase } from '../support/database.js';
import { graphqlData } from '../support/graphql.js';
import { launchChromium, seriousViolations, collectPageErrors, poll } from './support/browser.js';
import { ensureWebBuilt } from '../../web/build.js';

let app: RunningApp;
let auth: AuthSettings;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await ensureWebBuilt();
  // Development settings: anonymous callers may read, which is all the page does.
  auth = authSettings({ production: false });
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth });
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


function url(query: string): string {
  return `${app.url}?${query}`;
}

async function networkSettled(target: Page): Promise<void> {
  try {
    await target.waitForSelector('canvas[data-layout="settled"]', { timeout: 30_000 });
  } catch (error) {
    // Say what the page shows instead (an error message, a spinner).
    throw new Error(`the network did not settle; the page says: ${(await target.locator('main').innerText()).slice(0, 600)}`, { cause: error });
  }
}

describe('network explorer', () => {
  it('loads the seed network around the programme', async () => {
    await page.goto(url('view=network&lang=en'));
    await networkSettled(page);
    await poll(() => page.getByTestId('network-count').textContent()).toBe('95 nodes · 101 links');
    await poll(() => page.locator('[data-testid="nodes-list"] button').count()).toBe(95);
    expect(await page.locator('canvas').getAttribute('aria-label')).toContain('95');
    // The legend counts the kinds: one programme, three phases, one event, four people.
    const legend = await page.locator('.legend').innerText();
    expect(legend).toMatch(/Programme\s+1/);
    expect(legend).toMatch(/Phase\s+3/);
    expect(legend).toMatch(/Person\s+4/);
  });

  it('settles on the positions of the seeded layout computed outside the browser', async () => {
    await page.goto(url('view=network&lang=en&debug=1'));
    await networkSettled(page);
    const inPage = await page.evaluate(() => (window as unknown as { aimakNetwork: { positions(): Record<string, [number, number]> } }).aimakNetwork.positions());

    const programmes = await graphqlData<{ programmes: { id: string }[] }>('{ programmes { id } }');
    const parts = [];
    for (const programme of programmes.programmes) {
      parts.push((await graphqlData(NEIGHBOURHOOD, { id: programme.id, depth: 3, limit: 2000 })).neighbourhood);
    }
    const network = buildNetwork(parts);
    const links: number[] = [];
    for (const link of network.links) links.push(link.sourceIndex, link.targetIndex);
    const positions = settle({
      radii: Float32Array.from(network.nodes, (node) => nodeRadius(node.degree)),
      start: new Float32Array(network.nodes.length * 2).fill(Number.NaN),
      links: Uint32Array.from(links),
    });
    expect(Object.keys(inPage)).toHaveLength(network.nodes.length);
    // Same seed, same forces, same ticks: the same layout. Node and Chromium ship different V8 versions whose
    // Math functions may differ in the last bit, so positions are compared to a thousandth of a layout unit.
    for (const node of network.nodes) {
      const [x, y] = inPage[node.id]!;
      expect(x).toBeCloseTo(positions[2 * node.index]!, 3);
      expect(y).toBeCloseTo(positions[2 * node.index + 1]!, 3);
    }
  });

  it('finds “Мамбетова”, selects her and shows her post and the seminar', async () => {
    await page.goto(url('view=network&lang=ru&debug=1'));
    await networkSettled(page);
    const search = page.locator('input[type="search"]');
    await search.fill('Мамбетова');
    await page.getByRole('option', { name: /Асель Мамбетова/ }).waitFor();
    await search.press('Enter');

    await poll(() => new URL(page.url()).searchParams.get('node')).toBe('person-mambetova-asel');
    await poll(() => page.getByTestId('details-name').textContent()).toBe('Асель Мамбетова');
    const posts = await page.getByTestId('posts').innerText();
    expect(posts).toContain('Руководитель проекта «Улучшение услуг на местном уровне»');
    expect(posts).toContain('Институт политики развития');
    const events = await page.getByTestId('events-taken-part').innerText();
    expect(events).toContain('Вводный семинар второй фазы проекта');
    expect(events).toContain('Докладчик');
    // Selected in the list and centred on the canvas.
    expect(await page.locator('[data-testid="nodes-list"] button[aria-current="true"]').innerText()).toContain('Асель Мамбетова');
    await poll(async () => {
        const [x, y] = (await page.evaluate(() => (window as unknown as { aimakNetwork: { screenPosition(id: string): [number, number] } }).aimakNetwork.screenPosition('person-mambetova-asel'))) ?? [0, 0];
        const box = (await page.locator('canvas').boundingBox())!;
        return Math.abs(x - box.width / 2) < 2 && Math.abs(y - box.height / 2) < 2;
      })
      .toBe(true);
  });

  it('finds a transliterated name and the shortest path between two people', async () => {
    await page.goto(url('view=network&lang=en'));
    await networkSettled(page);
    await page.locator('input[type="search"]').fill('Kubatov');
    await page.getByRole('option', { name: /Askat Kubatov/ }).click();
    await poll(() => page.getByTestId('details-name').textContent()).toBe('Askat Kubatov');
    await page.getByRole('button', { name: 'Path to here' }).click();
    await page.locator('[data-testid="nodes-list"] button', { hasText: 'Asel Mambetova' }).click();
    await page.getByRole('button', { name: 'Path from here' }).click();
    await poll(() => page.getByTestId('path-box').innerText()).toContain('2 links');
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe('person-mambetova-asel');
    expect(params.get('to')).toBe('person-kubatov-askat');
  });

  it('filters by kind, area, phase and event', async () => {
    await page.goto(url('view=network&lang=en'));
    await networkSettled(page);
    await page.getByLabel('Municipality').uncheck();
    await poll(() => page.getByTestId('network-count').textContent()).toBe('29 nodes · 25 links');
    expect(new URL(page.url()).searchParams.get('hide')).toBe('municipality');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Oblast or rayon').selectOption({ label: 'Naryn (oblast)' });
    // No municipality, territory or event of the programme network lies in Naryn: only the unlocated nodes stay.
    await poll(() => page.getByTestId('network-count').textContent()).toMatch(/^1[0-9] nodes/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Event', { exact: true }).selectOption({ index: 1 });
    // The seminar with its 74 participants, its host's territory and its phase.
    await poll(() => page.getByTestId('network-count').textContent()).toMatch(/^7[0-9] nodes/);
  });

  it('restores the view, selection and languages from the URL, and is usable with the keyboard', async () => {
    await page.goto(url('view=network&lang=en&names=ru&node=person-mambetova-asel'));
    await poll(() => page.getByTestId('details-name').textContent()).toBe('Асель Мамбетова');
    expect(await page.getByRole('heading', { name: 'Details' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Switch the interface to Russian; names stay as chosen.
    await page.getByRole('button', { name: 'Interface: Russian' }).click();
    await poll(() => page.getByRole('heading', { name: 'Подробности' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');

    // Keyboard: the first node in the list, by Tab and Enter.
    await networkSettled(page);
    const first = page.locator('[data-testid="nodes-list"] button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await poll(() => new URL(page.url()).searchParams.get('node')).toBe(await first.getAttribute('data-id'));
    const outline = await first.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('events', () => {
  it('shows the Karakol seminar with 71 reported and 4 named participants', async () => {
    await page.goto(url('view=events&lang=en'));
    const detail = page.getByTestId('event-detail');
    await poll(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe('Phase 2 inception seminar, Public Service Improvement project');
    expect(await detail.innerText()).toContain('Karakol');
    expect(await page.getByTestId('reported-count').innerText()).toMatch(/^71\s/);
    expect(await page.getByTestId('named-count').innerText()).toMatch(/^4\s/);
    expect(await page.getByTestId('not-named-count').innerText()).toMatch(/^67\s/);
    expect(await page.getByTestId('organisations-count').innerText()).toMatch(/^70\s/);
    expect(await page.getByTestId('organisations-by-kind').innerText()).toContain('61 Ayil okmotu');
    // The bipartite view: four people joined to the organisations they represented.
    const bipartite = page.getByTestId('bipartite');
    expect(await bipartite.locator('.bipartite-person').count()).toBe(4);
    expect(await bipartite.locator('.bipartite-link').count()).toBe(4);
    expect(await bipartite.locator('.bipartite-org').count()).toBe(70);
    expect(await bipartite.getAttribute('aria-label')).toContain('4 named people');
    // The timeline marks it on 18 July 2019.
    expect(await page.locator('.event-mark[data-id="event-2019-07-18-karakol-inception"]').count()).toBe(1);
  });

  it('links the selection: a participant chosen here is selected in the network', async () => {
    await page.goto(url('view=events&lang=en&event=event-2019-07-18-karakol-inception'));
    await page.getByTestId('participants-table').locator('xpath=..').locator('summary').click();
    await page.getByTestId('participants-table').getByRole('button', { name: 'Asel Mambetova' }).first().click();
    expect(new URL(page.url()).searchParams.get('node')).toBe('person-mambetova-asel');
    await page.getByRole('tab', { name: 'Network' }).click();
    await poll(() => page.getByTestId('details-name').textContent()).toBe('Asel Mambetova');
  });
});

describe('engagement map', () => {
  it('shows Naryn oblast with no engaged municipality and lists its 64 municipalities', async () => {
    await page.goto(url('view=map&lang=en&phase=psi-phase-2'));
    const naryn = page.getByTestId('oblast-table').locator('tr[data-id="41704000000000"]');
    await naryn.waitFor();
    expect(await naryn.locator('[data-col="engaged"]').innerText()).toBe('0');
    expect(await naryn.locator('[data-col="total"]').innerText()).toBe('64');
    // Every Naryn unit on the map (5 rayons and Naryn town) has no engaged municipality.
    const units = page.locator('path.unit[data-oblast="KG04000000000"]');
    expect(await units.count()).toBe(6);
    expect(await units.evaluateAll((paths) => paths.map((path) => path.getAttribute('data-engaged')))).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(await page.locator('path.unit').count()).toBe(53);
    // The list of municipalities not engaged, grouped by oblast and rayon.
    const group = page.getByTestId('unengaged-list').locator('details[data-id="41704000000000"]');
    expect(await group.getByTestId('group-count').innerText()).toBe('64');
    await group.locator('summary').click();
    expect(await group.locator('ul.municipalities li').count()).toBe(64);
    expect(await group.locator('.unit-group').count()).toBe(6);
    // Hover a rayon: engaged and not engaged counts.
    await page.locator('path.unit[data-pcode="KG04220000000"]').hover();
    const tooltip = await page.locator('.map-tooltip').innerText();
    expect(tooltip).toContain('Engaged: 0');
    expect(tooltip).toMatch(/Not engaged: \d+/);
  });

  it('downloads the not-engaged list as CSV, and counts only engagement since a date', async () => {
    await page.goto(url('view=map&lang=en&phase=psi-phase-2'));
    await page.getByTestId('oblast-table').locator('tr[data-id="41704000000000"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toBe('not-engaged-psi-phase-2.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('oblast_ru,oblast_en,rayon_ru,rayon_en,municipality_ru,municipality_en,kind,municipality_id,soate');
    expect(lines).toHaveLength(1 + 422);
    expect(lines.filter((line) => line.startsWith('Нарынская область,Naryn,'))).toHaveLength(64);

    // Since the day after the seminar, no event counts: Issyk-Kul drops to its partners only.
    await page.getByLabel('Engaged since').fill('2019-07-19');
    await page.getByLabel('Engaged since').dispatchEvent('change');
    await poll(() => new URL(page.url()).searchParams.get('since')).toBe('2019-07-19');
    const issykKul = page.getByTestId('oblast-table').locator('tr[data-id="41702000000000"] [data-col="engaged"]');
    await poll(() => issykKul.innerText()).not.toBe('61');
  });
});

describe('failures and accessibility', () => {
  it('shows an error message, not a blank page, when the API is down, and recovers on Retry', async () => {
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(url('view=network&lang=en'));
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The API cannot be reached');
    expect(await page.getByRole('heading', { name: 'Aimak Graph' }).count()).toBe(1);

    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await networkSettled(page);
    await poll(() => page.getByTestId('network-count').textContent()).toBe('95 nodes · 101 links');
  });

  it('says what the API answered when it returns an error', async () => {
    await page.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }));
    await page.goto(url('view=map&lang=ru'));
    await poll(() => page.getByRole('alert').first().innerText()).toContain('API недоступен');
    await page.unroute('**/graphql');
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Neo4j is not reachable', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }) }),
    );
    await page.goto(url('view=events&lang=en'));
    // An outage is worded by the page in the interface language; a refusal naming a field keeps the server's words.
    await poll(() => page.getByRole('alert').first().innerText()).toContain('its database cannot be reached right now');
    await page.unroute('**/graphql');
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'No event with id "x"', extensions: { code: 'NOT_FOUND' } }] }) }),
    );
    await page.goto(url('view=events&lang=en'));
    await poll(() => page.getByRole('alert').first().innerText()).toContain('No event with id "x"');
  });

  it('signs in with the server’s sign-in link, keeps the token out of the address, and explains a refused one', async () => {
    const token = await signToken(auth, 'web-test', Role.VIEWER);
    let sent: string | undefined;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) sent = request.headers().authorization;
    });
    await page.goto(url(`view=network&lang=en&token=${token}`));
    await networkSettled(page);
    expect(sent).toBe(`Bearer ${token}`);
    expect(page.url()).not.toContain('token');
    expect(await page.getByTestId('sign-out').innerText()).toBe('Sign out');

    // A token the server does not accept (e.g. from a previous run of a development server).
    await page.goto(url('view=events&lang=en&token=aaa.bbb.ccc'));
    await poll(() => page.getByRole('alert').first().innerText()).toContain('sign in again');
    await page.getByTestId('sign-out').click();
    await page.waitForLoadState();
    await poll(() => page.getByTestId('reported-count').innerText()).toMatch(/^71\s/);
    expect(await page.getByTestId('sign-out').count()).toBe(0);
  });

  for (const view of ['network', 'events', 'map'] as const) {
    it(`has no serious accessibility violations: ${view}`, async () => {
      await page.goto(url(`view=${view}&lang=en&phase=psi-phase-2&node=person-mambetova-asel`));
      if (view === 'network') await networkSettled(page);
      if (view === 'events') await page.getByTestId('bipartite').waitFor();
      if (view === 'map') await page.locator('path.unit').first().waitFor();
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }
});
