import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { describe, it, expect } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded-neo4j.js';

// A port of its own, away from the default 7687 that a dev server or the shared test database uses.
const PORT = 7699;
const TIMEOUT = 240_000;

async function run<T>(uri: string, cypher: string, params: Record<string, unknown>, pick: (r: Neo4jRecord) => T): Promise<T[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'));
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map(pick);
  } finally {
    await driver.close();
  }
}

function debugLog(dataDir: string): string {
  return fs.readFileSync(path.join(dataDir, 'logs', 'debug.log'), 'utf8');
}

describe('embedded Neo4j', () => {
  it('serves Bolt, persists across a clean restart and refuses a busy port', { timeout: TIMEOUT }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aimak-neo4j-'));
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aimak-neo4j-other-'));
    const marker = `probe-${process.pid}-${Date.now()}`;
    let server: EmbeddedNeo4j | undefined;
    try {
      // First life: write a node.
      server = await startEmbeddedNeo4j({ port: PORT, dataDir, heap: '512m', pageCache: '64m' });
      expect(server.uri).toBe(`bolt://127.0.0.1:${PORT}`);
      const created = await run(server.uri, 'CREATE (p:Probe {marker: $marker}) RETURN p.marker AS marker', { marker }, (r) =>
        r.get('marker'),
      );
      expect(created).toEqual([marker]);
      const edition = await run(server.uri, 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition', {}, (r) => [
        r.get('v'),
        r.get('edition'),
      ]);
      expect(edition).toEqual([['5.26.30', 'community']]);
      await server.stop();
      await server.stop(); // idempotent
      server = undefined;

      // Second life on the same store: the node survived, and no recovery was needed (clean shutdown).
      server = await startEmbeddedNeo4j({ port: PORT, dataDir, heap: '512m', pageCache: '64m' });
      const found = await run(server.uri, 'MATCH (p:Probe {marker: $marker}) RETURN count(p) AS n', { marker }, (r) =>
        Number(r.get('n')),
      );
      expect(found).toEqual([1]);
      expect(debugLog(dataDir)).not.toMatch(/recovery is required|Recovery required/i);

      // A second server on the same port fails fast with a message that says why.
      await expect(startEmbeddedNeo4j({ port: PORT, dataDir: otherDir, heap: '256m', pageCache: '16m' })).rejects.toThrow(
        /port 127\.0\.0\.1:7699 is already in use/,
      );

      await server.stop();
      server = undefined;
    } finally {
      await server?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
