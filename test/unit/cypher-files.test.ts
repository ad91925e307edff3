import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyses } from '../../server/analyses/catalogue.js';
import { namedQuery, queryNames } from '../../server/db/cypher-files.js';

const serverRoot = fileURLToPath(new URL('../../server/', import.meta.url));
const scriptsRoot = fileURLToPath(new URL('../../scripts/', import.meta.url));

function typescriptFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return typescriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const read = (path: string) => ({ path, text: readFileSync(path, 'utf8') });
const serverSources = typescriptFiles(serverRoot).map(read);
// Scripts (evaluations) run named queries too: a file only they use is used.
const sources = [...serverSources, ...typescriptFiles(scriptsRoot).map(read)];

/** Names passed to db.read, tx.run and the batch loaders, e.g. 'organisation/list'. */
function referencedQueryNames(): Set<string> {
  const names = new Set<string>();
  const call = /\b(?:read|run|many|one)(?:<[^(]*>)?\(\s*'([a-z-]+\/[a-z0-9/-]+)'/g;
  for (const { text } of sources) for (const match of text.matchAll(call)) names.add(match[1]!);
  // Analyses answered by one Cypher file each are run by their catalogue name.
  for (const { definition } of analyses) if (queryNames().includes(`analysis/${definition.name}`)) names.add(`analysis/${definition.name}`);
  return names;
}

describe('named Cypher files', () => {
  it('has a file for every query name the code uses', () => {
    const used = [...referencedQueryNames()];
    expect(used.length).toBeGreaterThan(30);
    for (const name of used) expect(() => namedQuery(name), name).not.toThrow();
  });

  it('has no file the code never uses', () => {
    const used = referencedQueryNames();
    const unused = queryNames().filter((name) => !used.has(name) && !name.startsWith('seed/'));
    expect(unused).toEqual([]);
  });

  it('opens every query with a comment saying what it answers', () => {
    for (const name of queryNames()) expect(namedQuery(name).trimStart().startsWith('//'), name).toBe(true);
  });

  it('keeps Cypher out of TypeScript: no statement text in server code', () => {
    const cypherInString = /['"`]\s*(MATCH\s*\(|MERGE\s*\(|OPTIONAL MATCH|UNWIND\s|CREATE\s*\(|CALL\s*[({]|DETACH DELETE)/;
    const offenders = serverSources.filter(({ text }) => cypherInString.test(text)).map(({ path }) => path);
    expect(offenders).toEqual([]);
  });
});
