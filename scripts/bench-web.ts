// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run bench:web:pan`: loads a generated 5,000-node, 20,000-edge network into the web view in headless
 * Chromium and prints the frame rate while panning it with the mouse. A benchmark, not a test: it asserts
 * nothing, it measures. The page is the built web/dist; /graphql is answered by a stub (no Neo4j needed).
 *
 *   npm run bench:web:pan -- [--nodes 5000] [--edges 20000] [--seconds 6]
 */
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import express from 'express';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/web/support/browser.js';
import { ensureWebBuilt } from '../web/build.js';
import type { ApiGraph } from '../web/src/shaping/graph.js';
import { generateGraph } from './bench-graph.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '5000' },
    edges: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '6' },
  },
});
const NODE_COUNT = Number(values.nodes);
const EDGE_COUNT = Number(values.edges);
const SECONDS = Number(values.seconds);

/** Answers the page's operations from the generated graph. */
function stubAnswer(query: string, graph: ApiGraph): unknown {
  const operation = /query\s+(\w+)/.exec(query)?.[1];
  const phases = [1, 2, 3].map((number) => ({ id: `bench-phase-${number}`, number, nameRu: `Фаза ${number}`, nameEn: `Phase ${number}`, startDate: `${2010 + 5 * number}-01-01`, endDate: `${2014 + 5 * number}-12-31` }));
  switch (operation) {
    case 'Programmes':
      return { programmes: [{ id: 'bench', nameRu: 'Программа', nameEn: 'Programme', phases }] };
    case 'Neighbourhood':
      return { neighbourhood: graph };
    case 'Events':
      return { events: { totalCount: 0, hasNextPage: false, items: [] } };
    case 'Areas':
      return { territories: { items: [] } };
    default:
      return null;
  }
}

async function main(): Promise<void> {
  await ensureWebBuilt();
  const graph = generateGraph(NODE_COUNT, EDGE_COUNT);
  const body = JSON.stringify(graph);
  console.log(`Graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges (${(body.length / 1e6).toFixed(1)} MB of JSON)`);

  const app = express();
  app.use(express.static(new URL('../web/dist/', import.meta.url).pathname));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  try {
    const cached = await measure(browser, port, graph, '1');
    console.log(`With the layer cache (what the page does):`);
    report(cached);
    const baseline = await measure(browser, port, graph, 'nocache');
    console.log(`Baseline, redrawing the whole network every frame (?debug=nocache):`);
    report(baseline);
    console.log(`RESULT fps=${cached.fps.toFixed(1)} redraws=${cached.drawsPerSecond.toFixed(1)} baseline_fps=${baseline.fps.toFixed(1)} nodes=${graph.nodes.length} edges=${graph.edges.length} load=${loadavg()[0]!.toFixed(2)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

interface PanResult {
  layoutSeconds: number;
  ticks: number;
  seconds: number;
  moves: number;
  fps: number;
  drawsPerSecond: number;
  median: number;
  p95: number;
}

function report(result: PanResult): void {
  console.log(`  layout settled after ${result.ticks} ticks in a Web Worker, ${result.layoutSeconds.toFixed(1)} s from page load`);
  console.log(`  panning ${result.seconds.toFixed(1)} s with ${result.moves} mouse moves: ${result.fps.toFixed(1)} frames per second, ${result.drawsPerSecond.toFixed(1)} canvas redraws per second`);
  console.log(`  script time per redraw: median ${result.median.toFixed(1)} ms, 95th percentile ${result.p95.toFixed(1)} ms (rasterising comes on top)`);
}

async function measure(browser: Browser, port: number, graph: ApiGraph, debug: string): Promise<PanResult> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.route('**/graphql', async (route) => {
      const { query } = route.request().postDataJSON() as { query: string };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: stubAnswer(query, graph) }) });
    });
    page.on('pageerror', (error) => console.error('page error:', error.message));

    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/?view=network&lang=en&debug=${debug}`);
    await page.waitForSelector('canvas[data-layout="settled"]', { timeout: 300_000 });
    const layoutSeconds = (Date.now() - started) / 1000;
    const ticks = (await page.evaluate('window.aimakNetwork.stats.layoutTicks')) as number;
    await page.waitForTimeout(500);

    // Count animation frames and the renderer's redraws while the mouse pans the canvas.
    // (In-page code is passed as text: tsx would otherwise add helpers the page does not have.)
    await page.evaluate(`(() => {
      const bench = { stamps: [], draws: [], running: true };
      window.bench = bench;
      const stats = window.aimakNetwork.stats;
      let lastFrames = stats.frames;
      const loop = (time) => {
        if (!bench.running) return;
        bench.stamps.push(time);
        if (stats.frames !== lastFrames) {
          bench.draws.push(stats.lastFrameMs);
          lastFrames = stats.frames;
        }
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    })()`);
    const box = (await page.locator('canvas').boundingBox())!;
    // Start in an empty corner (the fitted view keeps a margin), so the drag pans rather than moves a node.
    const x0 = box.x + 14;
    const y0 = box.y + box.height - 14;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const panStarted = Date.now();
    let moves = 0;
    while (Date.now() - panStarted < SECONDS * 1000) {
      const t = (Date.now() - panStarted) / 1000;
      await page.mouse.move(x0 + 260 * Math.sin(t * 1.3) + 260, y0 - 180 * (1 - Math.cos(t * 0.9)));
      moves += 1;
    }
    await page.mouse.up();
    const result = (await page.evaluate(`(() => {
      const bench = window.bench;
      bench.running = false;
      const { stamps, draws } = bench;
      const seconds = (stamps[stamps.length - 1] - stamps[0]) / 1000;
      const sorted = [...draws].sort((a, b) => a - b);
      const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return { fps: (stamps.length - 1) / seconds, drawsPerSecond: draws.length / seconds, median: quantile(0.5), p95: quantile(0.95), seconds };
    })()`)) as Omit<PanResult, 'layoutSeconds' | 'ticks' | 'moves'>;
    return { ...result, layoutSeconds, ticks, moves };
  } finally {
    await page.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
