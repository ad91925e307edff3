// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run screenshots`: pictures of the three views for the README, in docs/screenshots/.
 * It starts a throwaway embedded Neo4j with the seed data and the app (or uses `--url` of a running
 * `npm start` that serves the built page), and photographs the page in Debian's Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/web/support/browser.js';
import { ensureWebBuilt } from '../web/build.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, out: { type: 'string', default: 'docs/screenshots' } } });


/** The app on a throwaway seeded Neo4j; returns its URL and how to stop everything. */
async function startThrowawayApp(): Promise<{ url: string; stop(): Promise<void> }> {
  // The server's request log is not wanted here; it reads LOG_LEVEL when first loaded.
  process.env.LOG_LEVEL ??= 'warn';
  const { authSettings } = await import('../server/auth/credentials.js');
  const { startEmbeddedNeo4j, freeLoopbackPort } = await import('../server/db/embedded-neo4j.js');
  const { GraphDatabase } = await import('../server/db/graph-database.js');
  const { applySchema } = await import('../server/db/migrate.js');
  const { startApp } = await import('../server/http/app.js');
  const { seedDatabase } = await import('../server/seed/seed.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'aimak-screenshots-'));
  const neo4j = await startEmbeddedNeo4j({ port: await freeLoopbackPort(), dataDir, heap: '1g', pageCache: '256m' });
  const db = GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 60_000 });
  await applySchema(db);
  await seedDatabase(db);
  const app = await startApp(db, { host: '127.0.0.1', port: 0, production: false, auth: authSettings({ production: false }) });
  return {
    url: app.url,
    stop: async () => {
      await app.stop();
      await db.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('canvas[data-layout="settled"]', { timeout: 60_000 });
  // Let the centring transition finish.
  await page.waitForTimeout(900);
}

async function main(): Promise<void> {
  await ensureWebBuilt();
  const server = values.url ? { url: values.url.endsWith('/') ? values.url : `${values.url}/`, stop: async () => {} } : await startThrowawayApp();
  const out = values.out!;
  mkdirSync(out, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    const shoot = async (name: string) => {
      const path = join(out, `${name}.png`);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
    };

    // 1. Network explorer: Asel Mambetova selected after a search, her links highlighted.
    await page.goto(`${server.url}?view=network&lang=en`);
    await settled(page);
    await page.locator('input[type="search"]').fill('Мамбетова');
    await page.getByRole('option', { name: /Asel Mambetova/ }).waitFor();
    await page.locator('input[type="search"]').press('Enter');
    await page.getByTestId('posts').waitFor();
    await page.waitForTimeout(900);
    await page.locator('canvas').hover({ position: { x: 5, y: 5 } });
    await shoot('network');

    // The same in Russian, with the whole programme network.
    await page.goto(`${server.url}?view=network&lang=ru`);
    await settled(page);
    await shoot('network-ru');

    // 2. Events: the Karakol seminar, named versus reported participants (a taller window shows the bipartite view).
    await page.setViewportSize({ width: 1440, height: 1400 });
    await page.goto(`${server.url}?view=events&lang=en&event=event-2019-07-18-karakol-inception`);
    await page.getByTestId('bipartite').waitFor();
    await page.waitForTimeout(300);
    await shoot('events');
    await page.setViewportSize({ width: 1440, height: 900 });

    // 3. Engagement map, phase 2: Naryn's At-Bashy rayon chosen and hovered.
    await page.goto(`${server.url}?view=map&lang=en&phase=psi-phase-2&node=41704220000000`);
    await page.locator('path.unit').first().waitFor();
    await page.locator('path.unit[data-pcode="KG04220000000"]').hover();
    await page.waitForTimeout(300);
    await shoot('map');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
