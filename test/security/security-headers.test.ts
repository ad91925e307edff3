/**
 * Security headers on every response (a self-only Content-Security-Policy, no framing, nosniff, no
 * X-Powered-By), compressed responses, and cache headers for the web view's files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { requestFrom, startEdgeApp } from './edge-support.js';

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe.each([
  ['development', false],
  ['production', true],
])('security headers in %s', (_mode, production) => {
  let app: RunningApp;

  beforeAll(async () => {
    await ensureWebBuilt();
    ({ app } = await startEdgeApp(production));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(['', 'graphql', 'healthz', 'no/such/page'])('sends a self-only policy and no X-Powered-By on /%s', async (path) => {
    const response = path === 'graphql' ? await fetch(`${app.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }) : await fetch(`${app.url}${path}`);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    // Inline style attributes (legend swatches), never <style> elements or scripts.
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('compresses responses with brotli or gzip when the client accepts them', async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await requestFrom(app.url, { headers: { 'accept-encoding': encoding } });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
    }
    const script = readdirSync(join(webDist, 'assets')).find((file) => file.endsWith('.js'))!;
    const asset = await requestFrom(`${app.url}assets/${script}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(asset.headers['content-encoding']).toBe('br');
  });

  it('caches hashed assets for a year as immutable and revalidates index.html', async () => {
    for (const file of readdirSync(join(webDist, 'assets'))) {
      const response = await fetch(`${app.url}assets/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['', 'index.html']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });
});

describe('the development landing page at GET /graphql', () => {
  let app: RunningApp;
  beforeAll(async () => {
    ({ app } = await startEdgeApp(false));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("keeps Apollo's own script policy and still forbids framing", async () => {
    const response = await fetch(`${app.url}graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.has('script-src')).toBe(false);
    // The page restricts its scripts itself, by nonce.
    expect(await response.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
  });
});
