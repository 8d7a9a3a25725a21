import fs from 'node:fs';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * IMPORTANT: map a URL path to a file strictly inside `root` (used by the app:// protocol and the
 * browser host). Returns null for anything that would escape it (`..`, encoded separators, absolute paths, NUL).
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  const rel = path.relative(resolvedRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  try {
    if (!fs.statSync(file).isFile()) return null;
  } catch {
    return null;
  }
  return file;
}

/** Where the built renderer is, for the CLI bundle (dist/cli), the desktop bundle (dist/main) and tests (sources). */
export function rendererDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env.LTT_RENDERER_DIR,
    path.join(__dirname, '..', 'renderer'),
    path.join(__dirname, '..', '..', '..', 'dist', 'renderer'),
    path.join(process.cwd(), 'dist', 'renderer'),
  ].filter((c): c is string => typeof c === 'string');
  return candidates.find((c) => fs.existsSync(path.join(c, 'index.html'))) ?? candidates[1]!;
}
