import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The page and the API load nothing from elsewhere: scripts, styles, the layout worker and API calls are
 * all same-origin, so the policy is self only. Inline `style` *attributes* are allowed (style-src-attr
 * only, not <style> elements): the page colours legend swatches and bars with them. They cannot run
 * script. `data:` images are the inline favicon. No `upgrade-insecure-requests`: the app is also served
 * over plain HTTP on a LAN.
 */
const selfOnly = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const strict = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: selfOnly },
  xFrameOptions: { action: 'deny' },
});

/**
 * Apollo's development landing page (GET /graphql from a browser) loads Apollo Sandbox from Apollo's CDN
 * and brings its own nonce-based Content-Security-Policy in a <meta> tag; a self-only header would block
 * it (both policies apply). On that route, in development only, the header keeps just what a <meta> policy
 * cannot say. In production the strict policy applies there too (Apollo's production page is decoration).
 */
const landingPage = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    // The page's own <meta> policy says where scripts, styles and frames may come from.
    directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"], objectSrc: ["'none'"], baseUri: ["'self'"] },
  },
  xFrameOptions: { action: 'deny' },
});

/** helmet's headers (nosniff, frame denial, referrer policy, …) with a self-only Content-Security-Policy. */
export function securityHeaders(production: boolean): RequestHandler {
  if (production) return strict;
  return (request, response, next) => (request.method === 'GET' && request.path === '/graphql' ? landingPage : strict)(request, response, next);
}
