/**
 * Slow clients: a request whose headers or body trickle in is cut off after the configured timeout (Node's
 * default lets a body take 300 s), and connections past the cap are dropped. The timeouts here are short;
 * the margins are wide, the machine being shared.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../server/http/app.js';
import { startEdgeApp } from './edge-support.js';

const REQUEST_TIMEOUT_MS = 1_500;
const MAX_CONNECTIONS = 3;

let app: RunningApp;
let port: number;

beforeAll(async () => {
  ({ app } = await startEdgeApp(false, { requestTimeoutMs: REQUEST_TIMEOUT_MS, headersTimeoutMs: REQUEST_TIMEOUT_MS, maxConnections: MAX_CONNECTIONS }));
  port = Number(new URL(app.url).port);
});
afterAll(async () => {
  await app?.stop();
});

interface Outcome {
  /** What the server sent before closing (empty when it just hung up). */
  received: string;
  closedAfterMs: number;
}

/** Opens a raw connection and sends `start`, then one byte of `drip` every interval until the server closes it. */
function trickle(start: string, drip: string, intervalMs: number, giveUpMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < drip.length && !socket.destroyed) socket.write(drip[sent++]!);
    }, intervalMs);
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${giveUpMs} ms; received ${JSON.stringify(received)}`));
    }, giveUpMs);
    socket.on('connect', () => socket.write(start));
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ received, closedAfterMs: Date.now() - started });
    });
  });
}

describe('slow clients', () => {
  it('cuts off a request body that trickles in, with 408', async () => {
    const body = JSON.stringify({ query: `{ programmes { id } } ${' '.repeat(200)}` });
    const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    // One byte every 200 ms would take about 50 s to finish.
    const outcome = await trickle(head, body, 200, 20_000);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408/);
    expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(outcome.closedAfterMs).toBeLessThan(15_000);
  });

  it('cuts off request headers that trickle in', async () => {
    const outcome = await trickle('GET /healthz HTTP/1.1\r\n', 'X-Slow: '.padEnd(300, 'a'), 200, 20_000);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408/);
    expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(outcome.closedAfterMs).toBeLessThan(15_000);
  });

  it(`drops connections past the cap of ${MAX_CONNECTIONS} and serves again once some close`, async () => {
    const open: Socket[] = [];
    try {
      for (let i = 0; i < MAX_CONNECTIONS; i += 1) {
        const socket = connect(port, '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        open.push(socket);
      }
      // Give the server the moment it needs to count the accepted connections.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const dropped = await trickle('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', '', 1_000, 10_000);
      expect(dropped.received).toBe('');
    } finally {
      for (const socket of open) socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${app.url}healthz`)).status).toBe(200);
  });
});
