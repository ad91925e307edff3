import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freeLoopbackPort } from '../../server/db/embedded-neo4j.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'aimak-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every process of a process group, as `pid command` lines. */
const processGroup = (pgid: number) => spawnSync('ps', ['-o', 'pid=,args=', '-g', String(pgid)], { encoding: 'utf8' }).stdout.trim();

// What a README user does: `npm run serve` in a terminal (its own process group), then SIGTERM to that command.
describe('npm run serve', () => {
  it('stops npm, node and the embedded Neo4j when the command the user started gets SIGTERM', { timeout: 420_000 }, async () => {
    const child = spawn('npm', ['run', 'serve'], {
      cwd: repo,
      detached: true,
      env: {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(await freeLoopbackPort()),
        EMBEDDED_NEO4J_PORT: String(await freeLoopbackPort()),
        EMBEDDED_NEO4J_DATA_DIR: dataDir,
        EMBEDDED_NEO4J_PAGE_CACHE: '128m',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pgid = child.pid!;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not running after 360 s:\n${output}`)), 360_000);
        const poll = setInterval(() => {
          if (output.includes('Development sign-in')) { // printed to stdout once listening (the test run silences the log)
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          }
        }, 250);
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      const running = processGroup(pgid);
      expect(running).toMatch(/java .*EmbeddedNeo4j|java .*aimak/);
      expect(running).toMatch(/node .*build\/server\/main\.js/);

      process.kill(pgid, 'SIGTERM'); // the npm process only, not the group
      const deadline = Date.now() + 60_000;
      while (processGroup(pgid) !== '' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
      expect(processGroup(pgid)).toBe('');
    } finally {
      try {
        process.kill(-pgid, 'SIGKILL'); // whatever is left, so a failure leaves no orphans
      } catch {
        // the group is gone
      }
    }
  });
});
