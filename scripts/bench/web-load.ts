// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run bench:web`: how fast each view of the web view shows its content to a first-time visitor, and how
 * much JavaScript that visitor downloads.
 *
 * It builds web/, starts the app on a throwaway seeded Neo4j (or uses `--url` of a running `npm start`), and
 * opens each view cold (a new browser context: empty cache, no service worker) in Debian's headless Chromium at
 * 1440×900, `--runs` times. Time to content is from navigation start to the moment the view's content marker is
 * in the page (an in-page MutationObserver notes the time, so polling adds nothing). Prints a table per view and
 * the first-visit JavaScript (gzip, as the server sends it), chunk by chunk.
 *
 *   npm run bench:web -- [--runs 5] [--url http://127.0.0.1:4000/]
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/web/support/browser.js';
import { ensureWebBuilt } from '../../web/build.js';
import { startThrowawayApp } from './web-app.js';
import { firstVisitJavaScript, totalGzipBytes } from './web-bundle.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, url: { type: 'string' }, token: { type: 'string' } } });
const RUNS = Number(values.runs);
const GOAL_MS = 1000;
const BUDGET_BYTES = 150_000;

/** Each view and the element that shows its content is drawn (not a spinner). */
const VIEWS = [
  { view: 'network', marker: 'canvas[data-layout="settled"]', what: 'network laid out and drawn' },
  { view: 'events', marker: '[data-testid="timeline"] svg', what: 'timeline drawn' },
  { view: 'map', marker: '[data-testid="map"] svg path.unit', what: 'map drawn' },
  { view: 'analysis', marker: '[data-testid="analysis-view"] button', what: 'analyses listed' },
  { view: 'import', marker: '[data-testid="event-step"]', what: 'first step shown' },
] as const;

async function timeToContent(browser: Browser, url: string, marker: string): Promise<{ ms: number; requests: number; bytes: number }> {
  // bypassCSP: Playwright's polling evaluates its predicate, which the page's CSP (no eval) would refuse.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    let requests = 0;
    let bytes = 0;
    page.on('response', (response) => {
      requests += 1;
      void response.body().then((body) => (bytes += body.length), () => undefined);
    });
    // Evaluated over the DevTools protocol before the page's own scripts (the page's CSP allows no inline script).
    await page.addInitScript(`(() => {
      const marker = ${JSON.stringify(marker)};
      const note = () => {
        if (window.__contentAt === undefined && document.querySelector(marker)) window.__contentAt = performance.now();
      };
      new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true });
    })()`);
    await page.goto(url);
    await page.waitForFunction('window.__contentAt !== undefined', undefined, { timeout: 60_000, polling: 200 });
    const ms = (await page.evaluate('window.__contentAt')) as number;
    return { ms, requests, bytes };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  await ensureWebBuilt();
  const chunks = firstVisitJavaScript(fileURLToPath(new URL('../../web/dist/', import.meta.url)));
  const server = values.url
    ? { url: values.url.endsWith('/') ? values.url : `${values.url}/`, adminToken: values.token ?? '', stop: async () => {} }
    : await startThrowawayApp();
  const browser = await launchChromium();
  const rows: string[][] = [];
  let slowest = 0;
  try {
    for (const { view, marker, what } of VIEWS) {
      const url = `${server.url}?view=${view}&lang=ru${server.adminToken ? `&token=${server.adminToken}` : ''}`;
      // One unmeasured visit first: the server's and the database's own caches warm, not the browser's.
      await timeToContent(browser, url, marker);
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await timeToContent(browser, url, marker));
      const times = runs.map((run) => run.ms);
      slowest = Math.max(slowest, Math.max(...times));
      rows.push([view, what, median(times).toFixed(0), Math.max(...times).toFixed(0), String(runs[0]!.requests)]);
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  console.log(`Time to content, cold page (new browser context each run), ${RUNS} runs per view, 1440×900, load ${loadavg()[0]!.toFixed(2)}:`);
  console.log('| view | content | median ms | slowest ms | requests |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  const total = totalGzipBytes(chunks);
  console.log(`\nJavaScript for a first-time visitor (the shell and the network view), gzip:`);
  for (const chunk of chunks) console.log(`  ${chunk.file}: ${(chunk.gzipBytes / 1000).toFixed(1)} kB (${(chunk.bytes / 1000).toFixed(1)} kB raw)`);
  console.log(`  total: ${(total / 1000).toFixed(1)} kB (budget ${BUDGET_BYTES / 1000} kB)`);
  console.log(`\nRESULT slowest_ms=${slowest.toFixed(0)} goal_ms=${GOAL_MS} first_visit_js_gzip_kb=${(total / 1000).toFixed(1)} ${slowest <= GOAL_MS && total <= BUDGET_BYTES ? 'OK' : 'OVER'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
