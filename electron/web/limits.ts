import type http from 'node:http';
import type { Socket } from 'node:net';

/**
 * Limits that bound the work one local program can make the browser host do, not only the size of
 * one input: a few hundred idle sockets must not starve the page's own calls of file descriptors,
 * and several large bodies at once must not add up to gigabytes of memory.
 */
const MAX_CONNECTIONS = 64;
/** Bytes of request bodies held in memory at once, over all requests (one 64 MB body fits; two do not). */
const MAX_BODY_BYTES_IN_FLIGHT = 96 * 1024 * 1024;
/** A connection that has not sent its request headers by then is closed. */
const HEADERS_TIMEOUT_MS = 10_000;

interface Tracked {
  socket: Socket;
  busy: boolean;
}

/**
 * Keeps at most MAX_CONNECTIONS sockets open. When a new one arrives at the cap, the oldest socket
 * with no request running is closed to make room (an idle or half-open socket costs nothing to drop:
 * a browser reconnects); only when every socket is busy is the newcomer refused.
 */
export function guardConnections(server: http.Server, max = MAX_CONNECTIONS): void {
  const open = new Map<Socket, Tracked>();
  server.on('connection', (socket: Socket) => {
    if (open.size >= max) {
      const idle = [...open.values()].find((t) => !t.busy);
      if (idle) idle.socket.destroy();
      else {
        socket.destroy();
        return;
      }
    }
    const tracked: Tracked = { socket, busy: false };
    open.set(socket, tracked);
    socket.once('close', () => open.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const tracked = open.get(req.socket);
    if (!tracked) return;
    tracked.busy = true;
    // Put it at the end: the oldest entries are the ones that have been idle longest.
    open.delete(req.socket);
    open.set(req.socket, tracked);
    res.once('close', () => (tracked.busy = false));
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = 10 * 60_000;
  server.keepAliveTimeout = 5_000;
}

/** A shared budget of body bytes: each request takes what it reads and gives it back when done. */
export class BodyBudget {
  private used = 0;
  constructor(readonly max = MAX_BODY_BYTES_IN_FLIGHT) {}

  take(bytes: number): boolean {
    if (this.used + bytes > this.max) return false;
    this.used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }

  get inUse(): number {
    return this.used;
  }
}
