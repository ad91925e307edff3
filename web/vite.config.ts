import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web view: `npm run build:web` writes web/dist, which the API server serves at `/` on its own port. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset paths, so the page also works behind a proxy under a sub-path.
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    // .vite/manifest.json lists each chunk's static imports: the first-visit size budget reads it.
    manifest: true,
  },
  worker: { format: 'es' },
  // `npx vite --config web/vite.config.ts` for development, next to `npm start` on port 4000.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
