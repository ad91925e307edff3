import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const secret = { AIMAK_JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters', NEO4J_PASSWORD: 'test-password', AIMAK_DATA_KEY: Buffer.alloc(32, 7).toString('base64') };
const compose = (args: string[], env: Record<string, string> = secret) =>
  execFileSync('docker-compose', ['-f', 'docker-compose.yml', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

// No Docker engine runs here: the file is checked by compose itself (v1, Debian's docker-compose).
describe('docker-compose.yml', () => {
  it('is valid for compose', () => {
    expect(() => compose(['config', '-q'])).not.toThrow();
  });

  it('refuses to run without a token secret, a data key or a database password, and runs the app in production mode', () => {
    const without = (name: keyof typeof secret) => Object.fromEntries(Object.entries(secret).filter(([key]) => key !== name));
    expect(() => compose(['config', '-q'], without('AIMAK_JWT_SECRET'))).toThrow(/AIMAK_JWT_SECRET/);
    expect(() => compose(['config', '-q'], without('NEO4J_PASSWORD'))).toThrow(/NEO4J_PASSWORD/);
    expect(() => compose(['config', '-q'], without('AIMAK_DATA_KEY'))).toThrow(/AIMAK_DATA_KEY/);
    expect(compose(['config'])).toContain('NODE_ENV: production');
  });

  it('runs the official Neo4j 5.26 image with a healthcheck and a named volume, and the app once Neo4j is healthy', () => {
    const config = compose(['config']);
    expect(compose(['config', '--services']).trim().split('\n').sort()).toEqual(['app', 'neo4j']);
    expect(config).toContain('image: neo4j:5.26-community');
    expect(config).toMatch(/neo4j:\s+condition: service_healthy/);
    expect(config).toContain('NEO4J_URI: bolt://neo4j:7687');
    expect(config).toMatch(/volumes:\s+neo4j-data:/);
    expect(config).toMatch(/healthcheck:[\s\S]*cypher-shell/);
  });

  it('limits the memory of Neo4j transactions as the embedded Neo4j does, so a heavy console query is refused, not fatal', () => {
    const config = compose(['config']);
    expect(config).toMatch(/NEO4J_db_memory_transaction_max: 256M/);
    expect(config).toMatch(/NEO4J_dbms_memory_transaction_total_max: 512M/);
  });
});
