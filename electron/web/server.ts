import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import { SECURITY_HEADERS } from '../core/security/csp';
import { mimeType, rendererDir, resolveStaticFile } from '../core/security/static-files';
import { allowedHost, allowedOrigin, hasToken, newToken, TOKEN_COOKIE } from './auth';
import { readJsonBody, BodyError } from './body';

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  core: Core;
  port?: number;
  token?: string;
  staticDir?: string;
}

const STATUS_BY_CODE: Record<string, number> = {
  invalid_input: 422,
  illegal_transition: 409,
  conflict: 409,
  not_found: 404,
  unknown_channel: 404,
  forbidden: 403,
  not_setup: 409,
  internal: 500,
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

/**
 * The browser host: the built renderer plus the contract over HTTP, on 127.0.0.1 only,
 * behind a random per-run token. Same handlers as the desktop IPC; no logic of its own.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core } = options;
  const token = options.token ?? newToken();
  const root = options.staticDir ?? rendererDir();
  const sse = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = core.onEvent((event) => {
    const line = `event: ${event.type}\ndata: ${JSON.stringify(event.payload ?? null)}\n\n`;
    for (const res of sse) res.write(line);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHost(req, port) || !allowedOrigin(req, port)) {
      sendError(res, 403, 'forbidden', 'Yêu cầu bị từ chối: địa chỉ không hợp lệ.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!hasToken(req, url, token)) {
      sendError(res, 401, 'forbidden', 'Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ mà lệnh "ltt serve" in ra.');
      return;
    }
    const cookie = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        sendError(res, 405, 'invalid_input', 'Chỉ chấp nhận POST.');
        return;
      }
      // API calls must carry the token in the header: a cookie alone could be sent by another page.
      if (req.headers['x-ltt-token'] !== token) {
        sendError(res, 401, 'forbidden', 'Thiếu mã truy cập trong yêu cầu.');
        return;
      }
      let input: unknown;
      try {
        input = await readJsonBody(req);
      } catch (error) {
        const e = error as BodyError;
        sendError(res, e.status ?? 400, 'invalid_input', e.message);
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await core.dispatch(channel, input);
      const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 400);
      send(res, status, JSON.stringify(result));
      return;
    }

    if (url.pathname === '/events' && req.method === 'GET') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': ok\n\n');
      sse.add(res);
      req.on('close', () => sse.delete(res));
      return;
    }

    if (url.pathname === '/files' && req.method === 'GET') {
      serveDataFile(core, url.searchParams.get('path') ?? '', res);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'invalid_input', 'Phương thức không được hỗ trợ.');
      return;
    }
    const file = resolveStaticFile(root, url.pathname) ?? (path.extname(url.pathname) ? null : resolveStaticFile(root, '/index.html'));
    if (!file) {
      sendError(res, 404, 'not_found', 'Không tìm thấy.');
      return;
    }
    send(res, 200, fs.readFileSync(file), mimeType(file), { 'Set-Cookie': cookie });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', 'Lỗi máy chủ nội bộ.');
      else res.end();
    });
  });
  server.requestTimeout = 10 * 60_000;
  server.headersTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // IMPORTANT: loopback only; never 0.0.0.0.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of sse) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Files the app wrote into its data folder (exports, evidence), offered for download. Never outside that folder. */
function serveDataFile(core: Core, requested: string, res: ServerResponse): void {
  const dataDir = path.resolve(core.ctx.dataDir);
  const file = path.resolve(dataDir, requested);
  const rel = path.relative(dataDir, file);
  if (!requested || rel.startsWith('..') || path.isAbsolute(rel) || rel.endsWith('.sqlite') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    sendError(res, 404, 'not_found', 'Không tìm thấy tệp.');
    return;
  }
  const name = path.basename(file);
  send(res, 200, fs.readFileSync(file), mimeType(file), {
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}
