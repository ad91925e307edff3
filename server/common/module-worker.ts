import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker module `name` (without extension) that sits next to `moduleUrl`: `<name>.js` once compiled
 * (`npm start`). Under tsx or vitest the caller is TypeScript, and a worker inherits neither's loader: a small
 * bootstrap registers tsx in the worker first, then imports `<name>.ts`.
 */
export function startModuleWorker(moduleUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!moduleUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, moduleUrl), options);
  // require.resolve finds the CommonJS build of tsx's API; its ES module build, which registers the ESM loader, sits next to it.
  const tsx = JSON.stringify(pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href);
  const worker = JSON.stringify(new URL(`./${name}.ts`, moduleUrl).href);
  return new Worker(`import(${tsx}).then((api) => api.register()).then(() => import(${worker}));`, { ...options, eval: true });
}
