import { basename, relative, sep } from 'node:path';
import express, { type RequestHandler } from 'express';

/**
 * The built web view. Vite names everything under assets/ by content hash, so those files never change
 * under their name: cached for a year as immutable. index.html (which names the current hashes) and the
 * rest are revalidated on every load, so a new release is picked up at once.
 */
export function webViewFiles(distDir: string): RequestHandler {
  return express.static(distDir, {
    index: 'index.html',
    cacheControl: false,
    setHeaders(response, path) {
      const hashed = relative(distDir, path).split(sep)[0] === 'assets' && basename(path) !== '.source-hash';
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
