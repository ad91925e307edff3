import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package a bare import names: `@apollo/server/plugin/x` → `@apollo/server`, `graphql/error` → `graphql`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function javaScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? javaScriptFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

// Production runs compiled JavaScript with production dependencies only (`npm ci --omit=dev`).
describe('production dependencies', () => {
  it('keeps tsx (and TypeScript) out of the production dependencies; npm start runs the compiled server', () => {
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(Object.keys(manifest.dependencies)).not.toContain('typescript');
    expect(manifest.devDependencies).toHaveProperty('tsx');
    expect(manifest.scripts.start).toBe('node build/server/main.js');
  });

  it('runs compiled JavaScript only in the Docker image, with production dependencies', () => {
    const dockerfile = readFileSync(join(repo, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toContain('npm ci --omit=dev');
    expect(runtime).toMatch(/CMD \["node", "build\/server\/main\.js"\]/);
    expect(runtime).not.toMatch(/^COPY server\b/m); // no TypeScript sources to run
    expect(runtime.replace(/^#.*$/gm, '')).not.toMatch(/\btsx\b/);
  });

  it('imports nothing at run time that `npm ci --omit=dev` leaves out', { timeout: 120_000 }, () => {
    const build = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: repo, encoding: 'utf8', timeout: 110_000 });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const file of javaScriptFiles(join(repo, 'build', 'server'))) {
      // TypeScript's own scanner finds every import, export … from and import() of the compiled file.
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        if (!fileName.startsWith('.') && !fileName.startsWith('node:')) imported.add(packageOf(fileName));
      }
    }
    const outsideProduction = [...imported].filter((name) => !builtins.has(name) && !(name in manifest.dependencies));
    expect(imported.size).toBeGreaterThan(10);
    expect(outsideProduction).toEqual([]);
  });
});
