import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import { SECURITY_HEADERS } from '../core/security/csp';
import { send, sendError } from './reply';
import { mimeType, rendererDir, resolveStaticFile } from '../core/security/static-files';
import { allowedHost, allowedOrigin, hasToken, newToken } from './auth';
import { bodySize, readJsonBody, BodyError } from './body';
import { BodyBudget, guardConnections } from './limits';
import { serveDataFile } from './files-route';

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

  const budget = new BodyBudget();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHost(req, port) || !allowedOrigin(req, port)) {
      sendError(res, 403, 'forbidden', 'Yêu cầu bị từ chối: địa chỉ không hợp lệ.');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      sendError(res, 400, 'invalid_input', 'Địa chỉ yêu cầu không hợp lệ.');
      return;
    }

    // IMPORTANT: no cookie at all. Cookies are not port-scoped, so any program listening on another
    // 127.0.0.1 port would receive one. The token travels in the X-LTT-Token header (API, files),
    // or in the query of the page's own EventSource (which cannot send headers); see SECURITY.md.
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        sendError(res, 405, 'invalid_input', 'Chỉ chấp nhận POST.');
        return;
      }
      if (!hasToken(req, url, token, 'header')) {
        sendError(res, 401, 'forbidden', 'Thiếu hoặc sai mã truy cập trong yêu cầu. Hãy mở đúng địa chỉ mà lệnh "ltt serve" in ra.');
        return;
      }
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        sendError(res, 400, 'invalid_input', 'Tên kênh trong địa chỉ không hợp lệ (mã hóa URL sai).');
        return;
      }
      res.once('close', () => budget.give(bodySize(req)));
      let input: unknown;
      try {
        input = await readJsonBody(req, undefined, budget);
      } catch (error) {
        const e = error as BodyError;
        sendError(res, e.status ?? 400, 'invalid_input', e.message, e.status === 503 ? { 'Retry-After': '5' } : {});
        return;
      }
      const result = await core.dispatch(channel, input);
      const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 400);
      send(res, status, JSON.stringify(result));
      return;
    }

    if (url.pathname === '/events' && req.method === 'GET') {
      if (!hasToken(req, url, token, 'query')) {
        sendError(res, 401, 'forbidden', 'Thiếu hoặc sai mã truy cập.');
        return;
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': ok\n\n');
      sse.add(res);
      req.on('close', () => sse.delete(res));
      return;
    }

    if (url.pathname === '/files' && req.method === 'GET') {
      if (!hasToken(req, url, token, 'header')) {
        sendError(res, 401, 'forbidden', 'Thiếu hoặc sai mã truy cập.');
        return;
      }
      serveDataFile(core.ctx.dataDir, url.searchParams, res);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'invalid_input', 'Phương thức không được hỗ trợ.');
      return;
    }
    // The built renderer is the same public code for everyone and holds no data, so it is served
    // without the token: the token stays in the URL fragment, which the browser never sends.
    const file = resolveStaticFile(root, url.pathname) ?? (path.extname(url.pathname) ? null : resolveStaticFile(root, '/index.html'));
    if (!file) {
      sendError(res, 404, 'not_found', 'Không tìm thấy.');
      return;
    }
    send(res, 200, fs.readFileSync(file), mimeType(file));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', 'Lỗi máy chủ nội bộ.');
      else res.end();
    });
  });
  guardConnections(server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // IMPORTANT: loopback only; never 0.0.0.0.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
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
