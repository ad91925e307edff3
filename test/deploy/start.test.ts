import { freeLoopbackPort } from '../../server/db/embedded-neo4j.js';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));


function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}; output:\n${output}`)));
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'aimak-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// `npm start` (the compiled server) on an empty machine: embedded Neo4j, schema, seed, HTTP server; SIGTERM stops all of it.
describe('npm start', () => {
  it('starts the embedded Neo4j, seeds it on first start, serves the API and stops cleanly', { timeout: 240_000 }, async () => {
    const port = await freeLoopbackPort();
    const output: string[] = [];
    // What `npm start` runs: its prestart compiles the server, then Node runs the JavaScript.
    const build = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const child = spawn(process.execPath, ['build/server/main.js'], {
      cwd: repo,
      env: { ...process.env, LOG_LEVEL: 'info', NEO4J_URI: '', PORT: String(port), EMBEDDED_NEO4J_PORT: String(await freeLoopbackPort()), EMBEDDED_NEO4J_DATA_DIR: dataDir, EMBEDDED_NEO4J_PAGE_CACHE: '128m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    try {
      await waitForLine(child, /Aimak Graph is running/, 200_000);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ event(id: "event-2019-07-18-karakol-inception") { reportedParticipantCount namedParticipantCount } }' }),
      });
      expect((await response.json()).data.event).toEqual({ reportedParticipantCount: 71, namedParticipantCount: 4 });

      // Graceful shutdown: a request still running when SIGTERM arrives is answered before the process ends.
      const token = /Authorization: Bearer (\S+)/.exec(output.join(''))?.[1];
      expect(token).toBeDefined();
      const slow = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ runCypher(query: "UNWIND range(1, 20000000) AS x WITH x WHERE x % 7919 = 0 RETURN count(x) AS n") { rows } }' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGTERM');
      const answered = await slow;
      expect(answered.status).toBe(200);
      expect((await answered.json()).data.runCypher.rows).toEqual([{ n: 2525 }]);
    } finally {
      const exited = child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    expect(output.join('')).toContain('stored the data-key check value in the database');
  });

  it('refuses to start on that database with another AIMAK_DATA_KEY, and leaves no Neo4j running', { timeout: 180_000 }, async () => {
    const output: string[] = [];
    const child = spawn(process.execPath, ['build/server/main.js'], {
      cwd: repo,
      env: {
        ...process.env,
        AIMAK_DATA_KEY: randomBytes(32).toString('base64'),
        NEO4J_URI: '',
        PORT: String(await freeLoopbackPort()),
        EMBEDDED_NEO4J_PORT: String(await freeLoopbackPort()),
        EMBEDDED_NEO4J_DATA_DIR: dataDir,
        EMBEDDED_NEO4J_PAGE_CACHE: '128m',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    // 'close', not 'exit': the output may still be arriving when the process exits.
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(1);
    expect(output.join('')).toMatch(/AIMAK_DATA_KEY cannot open the data-key check value stored on/);
    expect(output.join('')).not.toContain('Aimak Graph is running');
    // The embedded Neo4j it started for the check was stopped, not orphaned.
    const javaLeft = spawnSync('pgrep', ['-f', dataDir], { encoding: 'utf8' }).stdout.trim();
    expect(javaLeft).toBe('');
  });
});
