import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectPath } from '../common/project-root.js';

/** Root of the `cypher/` folder: every statement the service runs lives there. */
export const cypherRoot = projectPath('cypher');

function listCypherFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

function nameOf(path: string, base: string): string {
  return relative(base, path).split(sep).join('/').replace(/\.cypher$/, '');
}

let namedQueries: Map<string, string> | undefined;

/** All named statements: `cypher/queries/x/y.cypher` as `x/y`, `cypher/seed/z.cypher` as `seed/z`. */
export function queryNames(): string[] {
  return [...loadQueries().keys()].sort();
}

function loadQueries(): Map<string, string> {
  if (!namedQueries) {
    const folders: [string, string][] = [['queries', ''], ['seed', 'seed/']];
    namedQueries = new Map(
      folders.flatMap(([folder, prefix]) => {
        const base = join(cypherRoot, folder);
        return listCypherFiles(base).map((path): [string, string] => [prefix + nameOf(path, base), readFileSync(path, 'utf8')]);
      }),
    );
  }
  return namedQueries;
}

/** The text of one named query; throws on a name with no file so a typo fails loudly. */
export function namedQuery(name: string): string {
  const text = loadQueries().get(name);
  if (text === undefined) throw new Error(`No Cypher file for "${name}" in cypher/queries or cypher/seed`);
  return text;
}

/**
 * Statements of a multi-statement script (schema, seed), split on `;` at line ends.
 * Comment lines (`//`) are dropped.
 */
export function scriptStatements(relativePath: string): string[] {
  const text = readFileSync(join(cypherRoot, relativePath), 'utf8');
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((statement) =>
      statement
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}

/** Script files in one folder of `cypher/`, in name order (so `01-…` runs before `02-…`). */
export function scriptFiles(folder: string): string[] {
  return listCypherFiles(join(cypherRoot, folder))
    .map((path) => relative(cypherRoot, path).split(sep).join('/'))
    .sort();
}
