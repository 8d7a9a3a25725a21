import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const TOKEN_HEADER = 'x-ltt-token';

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/**
 * Where a request may carry the token: the X-LTT-Token header (API calls and file downloads, sent by
 * the page's script) or `?token=` (only the page's EventSource, which cannot set headers). Never a
 * cookie: cookies are shared by every port of 127.0.0.1.
 */
export function hasToken(req: IncomingMessage, url: URL, token: string, via: 'header' | 'query'): boolean {
  const presented = via === 'header' ? req.headers[TOKEN_HEADER] : url.searchParams.get('token');
  return typeof presented === 'string' && safeEqual(presented, token);
}

/**
 * IMPORTANT: DNS-rebinding defence. Only our own loopback host:port may be named in Host,
 * and a cross-site Origin is refused even with a valid token.
 */
export function allowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function allowedOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
