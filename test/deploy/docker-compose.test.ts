import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const compose = (...args: string[]) => execFileSync('docker-compose', ['-f', 'docker-compose.yml', ...args], { cwd: repo, encoding: 'utf8' });

// No Docker engine runs here: the file is checked by compose itself (v1, Debian's docker-compose).
describe('docker-compose.yml', () => {
  it('is valid for compose', () => {
    expect(() => compose('config', '-q')).not.toThrow();
  });

  it('runs the official Neo4j 5.26 image with a healthcheck and a named volume, and the app once Neo4j is healthy', () => {
    const config = compose('config');
    expect(compose('config', '--services').trim().split('\n').sort()).toEqual(['app', 'neo4j']);
    expect(config).toContain('image: neo4j:5.26-community');
    expect(config).toMatch(/neo4j:\s+condition: service_healthy/);
    expect(config).toContain('NEO4J_URI: bolt://neo4j:7687');
    expect(config).toMatch(/volumes:\s+neo4j-data:/);
    expect(config).toMatch(/healthcheck:[\s\S]*cypher-shell/);
  });
});
