import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin';
import { SECURITY_HEADERS } from '../core/security/csp';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before `app.ready`: makes app:// a standard, secure origin so CSP 'self', fetch and storage behave as on https. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
}

/** The same headers (CSP first of all) as the browser host sends: one policy for both ways in. */
function securityHeaders(contentType: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' };
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * Maps a request path onto a file inside `rootDir`, or null when it would leave it.
 * IMPORTANT: the decoded path is resolved and then checked to be inside the root, so `..`, encoded
 * `%2e%2e`, backslashes and absolute paths can never reach a file outside dist/renderer.
 */
export function resolveInsideRoot(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = path.resolve(rootDir);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  if (relative.split('/').some((segment) => segment === '..')) return null;
  return target;
}

/**
 * The app:// handler: serves only files of the built renderer, GET/HEAD only, each with the CSP header.
 * A path without an extension that is not a file falls back to index.html (client-side routes).
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const url = parseUrl(request.url);
    if (!url || url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return refuse(404, 'Not found');
    const file = resolveInsideRoot(rootDir, url.pathname);
    if (!file) return refuse(403, 'Forbidden');
    const candidates = path.extname(file) === '' ? [file, path.join(path.resolve(rootDir), 'index.html')] : [file];
    for (const candidate of candidates) {
      try {
        const stat = await fs.stat(candidate);
        if (!stat.isFile()) continue;
        const body = request.method === 'HEAD' ? null : await fs.readFile(candidate);
        const type = CONTENT_TYPES[path.extname(candidate).toLowerCase()] ?? 'application/octet-stream';
        return new Response(body, { status: 200, headers: securityHeaders(type) });
      } catch {
        // Try the next candidate; a missing file is a 404 below.
      }
    }
    return refuse(404, 'Not found');
  };
}

export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
