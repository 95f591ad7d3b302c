// Security headers on every response: a strict Content-Security-Policy (no inline scripts or styles) and friends.
import type { MiddlewareHandler } from 'hono';

/**
 * Everything from our own origin only; no inline script or style (the dashboard sets styles through the CSSOM
 * or its stylesheet, never through `style` attributes in markup); images also as data: and blob: URLs (exported
 * charts). Pages under /embed/ may be framed by other sites (the embeddable snippets); everything else only by us.
 */
export function contentSecurityPolicy(embeddable: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? '*' : "'self'"}`,
  ].join('; ');
}

export function securityHeaders(): MiddlewareHandler {
  const framed = headersFor(true);
  const own = headersFor(false);
  // Set before the handler runs: every response made through the context (also error responses) carries them,
  // and the fast path of @hono/node-server for plain bodies is kept.
  return async (c, next) => {
    for (const [name, value] of c.req.path.startsWith('/embed/') ? framed : own) c.header(name, value);
    await next();
  };
}

function headersFor(embeddable: boolean): [string, string][] {
  return [
    ['content-security-policy', contentSecurityPolicy(embeddable)],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'no-referrer'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', embeddable ? 'cross-origin' : 'same-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ...(embeddable ? [] : ([['x-frame-options', 'SAMEORIGIN']] as [string, string][])),
  ];
}
