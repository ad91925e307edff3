import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (the one holding package.json): cypher/, data/, web/dist/ and neo4j/ are found from
 * here, both when running the TypeScript sources (server/…) and the compiled server (build/server/…).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project folder. */
export function projectPath(...parts: string[]): string {
  return join(projectRoot, ...parts);
}
