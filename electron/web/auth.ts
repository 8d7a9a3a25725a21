import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'ltt_token';
export const TOKEN_HEADER = 'x-ltt-token';

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

export function cookieToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return null;
}

/** The token may come as ?token= (first page load), the cookie (assets, events) or the header (API calls). */
export function presentedTokens(req: IncomingMessage, url: URL): string[] {
  const out: string[] = [];
  const q = url.searchParams.get('token');
  if (q) out.push(q);
  const c = cookieToken(req);
  if (c) out.push(c);
  const h = req.headers[TOKEN_HEADER];
  if (typeof h === 'string') out.push(h);
  return out;
}

export function hasToken(req: IncomingMessage, url: URL, token: string): boolean {
  return presentedTokens(req, url).some((t) => safeEqual(t, token));
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
