import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };

/** The TypeScript files npm scripts run directly (tsx <file>, or the server's main). */
function entryFiles(): string[] {
  const files = new Set<string>(['server/main.ts']);
  for (const command of Object.values(manifest.scripts)) {
    for (const match of command.matchAll(/\btsx\s+((?:server|scripts)\/[\w/.-]+\.ts)\b/g)) files.add(match[1]!);
  }
  return [...files].sort();
}

// type-graphql's decorators throw when a decorated class loads before the metadata API: an entry point that
// reaches a GraphQL type through any import chain must load reflect-metadata first (eval:press once did not).
describe('entry points', () => {
  it('load reflect-metadata before anything else', () => {
    const files = entryFiles();
    expect(files.length).toBeGreaterThan(10);
    const late = files.filter((file) => {
      const firstImport = readFileSync(`${root}${file}`, 'utf8').match(/^import\s[^;]*;/m)?.[0] ?? '';
      return firstImport !== "import 'reflect-metadata';";
    });
    expect(late).toEqual([]);
  });
});
