// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run screenshots`: pictures of the views for the README, in docs/screenshots/, at 1440×900 and on a phone
 * (390×844) and a tablet (768×1024).
 * It starts a throwaway embedded Neo4j with the seed data and the app (or uses `--url` of a running
 * `npm start` that serves the built page, with `--token` of an administrator for the import view), and
 * photographs the page in Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/web/support/browser.js';
import { ensureWebBuilt } from '../web/build.js';
import { startThrowawayApp } from './bench/web-app.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, token: { type: 'string' }, out: { type: 'string', default: 'docs/screenshots' } } });


async function settled(page: Page): Promise<void> {
  await page.waitForSelector('canvas[data-layout="settled"]', { timeout: 60_000 });
  // Let the centring transition finish.
  await page.waitForTimeout(900);
}

async function main(): Promise<void> {
  await ensureWebBuilt();
  const server = values.url
    ? { url: values.url.endsWith('/') ? values.url : `${values.url}/`, adminToken: values.token ?? '', stop: async () => {} }
    : await startThrowawayApp();
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

    // 4. On a phone (390×844, touch) and a tablet (768×1024), in Russian: the network with a person chosen, the
    // Karakol seminar, the engagement map and the import's first step (as an administrator, who sees every view).
    const token = server.adminToken ? `&token=${server.adminToken}` : '';
    for (const device of [
      { name: 'phone', width: 390, height: 844 },
      { name: 'tablet', width: 768, height: 1024 },
    ]) {
      const small = await browser.newPage({ viewport: { width: device.width, height: device.height }, deviceScaleFactor: 1, hasTouch: true });
      small.on('pageerror', (error) => console.error('page error:', error.message));
      const shootSmall = async (name: string) => {
        const path = join(out, `${name}-${device.name}.png`);
        await small.screenshot({ path });
        console.log(`wrote ${path}`);
      };
      await small.goto(`${server.url}?view=network&lang=ru&node=person-mambetova-asel${token}`);
      await settled(small);
      await shootSmall('network');
      await small.goto(`${server.url}?view=events&lang=ru&event=event-2019-07-18-karakol-inception${token}`);
      await small.getByTestId('bipartite').waitFor();
      await small.waitForTimeout(300);
      await shootSmall('events');
      await small.goto(`${server.url}?view=map&lang=ru&phase=psi-phase-2${token}`);
      await small.locator('path.unit').first().waitFor();
      await small.waitForTimeout(300);
      await shootSmall('map');
      if (token) {
        await small.goto(`${server.url}?view=import&lang=ru${token}`);
        await small.getByTestId('event-step').waitFor();
        await small.waitForTimeout(300);
        await shootSmall('import');
      }
      await small.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
