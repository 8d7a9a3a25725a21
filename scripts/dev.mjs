#!/usr/bin/env node
// `npm run dev`: the renderer with hot reload, against the real core.
// Builds the CLI (a second or two), starts the browser host (`ltt serve`, 127.0.0.1, a random port) on the usual
// database (or --db FILE / LTT_DB), then a Vite dev server whose /api and /files are proxied to that host. Edit a
// file under renderer/ and the page updates in place; a change under electron/ or shared/ that the core uses needs
// a restart (Ctrl+C, npm run dev). The address printed carries the host's session token in its fragment.
// Usage: node scripts/dev.mjs [--db FILE] [--port N]   (the dev server's port: 5173, or the next free one)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { targets } from './build-targets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Start `ltt serve` and resolve with the address it prints (its first stdout line, as JSON). */
function startHost(db) {
  const args = [path.join(root, 'bin', 'ltt.cjs'), '--json', ...(db ? ['--db', db] : []), 'serve'];
  const host = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    host.stdout.setEncoding('utf8');
    host.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ host, url: new URL(JSON.parse(line).url) });
    });
    host.once('exit', (code) => reject(new Error(`ltt serve dừng với mã ${code}; xem thông báo ở trên.`)));
  });
}

await targets.cli();
const { host, url } = await startHost(argValue('--db'));
const target = url.origin;
// The host refuses a foreign Origin (DNS-rebinding defence); the proxy speaks for the dev page as the host's own.
const proxy = { target, changeOrigin: true, configure: (p) => p.on('proxyReq', (req) => req.setHeader('origin', target)) };
const port = Number(argValue('--port') ?? 5173);
const vite = await createServer({
  configFile: path.join(root, 'vite.config.ts'),
  server: { host: '127.0.0.1', port, proxy: { '/api': proxy, '/files': proxy } },
});
await vite.listen();
const devUrl = new URL(vite.resolvedUrls.local[0]);
devUrl.hash = url.hash;
process.stdout.write(`${JSON.stringify({ url: devUrl.href, host: target })}\n`);
process.stderr.write(`Lịch Tuyên Truyền (dev, tự tải lại khi sửa renderer/): ${devUrl.href}\n`);

// However this process ends (Ctrl+C, SIGTERM, Vite's own SIGTERM handler), the host ends with it.
process.on('exit', () => host.kill('SIGINT'));
const stop = () => vite.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
host.once('exit', () => vite.close().finally(() => process.exit(1)));
