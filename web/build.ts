import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Builds the web view for the browser tests, the benchmark and the screenshots (not part of the page). */
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const distDir = join(webRoot, 'dist');
const stampFile = join(distDir, '.source-hash');

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (path === distDir || entry === 'node_modules') continue;
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else files.push(path);
  }
  return files.sort();
}

/** A hash of everything the build reads from web/ (sources, public files, config). */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(webRoot)) {
    hash.update(relative(webRoot, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

let building: Promise<void> | undefined;

/**
 * Builds web/dist with Vite unless it is already built from the current sources (a hash stamp in web/dist),
 * so a test run builds at most once, and not at all when nothing changed.
 */
export function ensureWebBuilt(): Promise<void> {
  building ??= (async () => {
    const hash = sourceHash();
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && existsSync(join(distDir, 'index.html'))) return;
    const { build } = await import('vite');
    await build({ configFile: join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
    writeFileSync(stampFile, hash);
  })();
  return building;
}
