import { AppError, toApiError } from '../../../shared/contract/errors';
import { openCore, type Core, type CoreOptions } from '../core';
import { autoBackupOnStart } from '../services/backup-service';
import { fromCoreMessage, toCoreMessage, wire, type FromCore, type PortLike } from './wire';

export interface ServeCoreDeps {
  /** Ends the process once the database is closed (process.exit in the utility process). */
  exit: (code: number) => void;
  /** The bundled import worker beside this process's bundle (sync imports run in-process without it). */
  importWorker?: string;
  /** Tests inject a clock; the app uses the real one. */
  now?: CoreOptions['now'];
}

const NOT_OPEN = new AppError('db_unavailable', 'Cơ sở dữ liệu chưa được mở xong. Hãy chờ một lát rồi thử lại.');
const CLOSING = new AppError('db_unavailable', 'Ứng dụng đang đóng nên không thực hiện yêu cầu này. Hãy mở lại ứng dụng rồi thử lại.');

/**
 * The core as a process of its own: opens the database on `open`, answers each `call` through the same dispatcher
 * the IPC, the CLI and the browser host use (validation, roles, locks, error translation all inside), forwards the
 * core's events, and on `close` lets the calls in flight finish, closes the database cleanly and exits.
 * Calls are answered as they finish, not in order: a read sent while a sync import runs in the import worker
 * answers at once.
 */
export function serveCore(port: PortLike, deps: ServeCoreDeps): void {
  let core: Core | null = null;
  let closing = false;
  const inFlight = new Set<Promise<unknown>>();
  const post = (message: FromCore) => port.postMessage(fromCoreMessage.parse(message));

  const track = (id: number, work: () => Promise<{ ok: true; result: unknown } | { ok: false; error: ReturnType<typeof toApiError> }>) => {
    const running = work()
      .catch((error: unknown) => ({ ok: false as const, error: toApiError(error) }))
      .then((envelope) => post(wire.reply(id, envelope)));
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
  };

  async function close(): Promise<void> {
    if (closing) return;
    closing = true;
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    try {
      core?.close();
    } finally {
      core = null;
      post({ type: 'closed' });
      port.close();
      deps.exit(0);
    }
  }

  port.on('message', ({ data }) => {
    const parsed = toCoreMessage.safeParse(data);
    if (!parsed.success) return; // not ours: the parent only sends messages of the wire
    const message = parsed.data;
    switch (message.type) {
      case 'open': {
        if (core) return;
        try {
          // The desktop keeps its core open while the window is: the scheduled sync runs here (sync/auto-sync.ts).
          core = openCore({ dbFile: message.dbFile, nativeBinding: message.nativeBinding, importWorker: deps.importWorker, now: deps.now, autoSync: true });
        } catch (error) {
          // The parent ends this process once it has shown why (exiting here could lose the message).
          post({ type: 'failed', error: toApiError(error) });
          return;
        }
        // At most once a day, rotated; never blocks the start (a failure is reported, not thrown).
        autoBackupOnStart(core.ctx);
        core.onEvent((event) => post(wire.event(event)));
        post({ type: 'ready', info: core.info() });
        return;
      }
      case 'call': {
        const open = core;
        track(message.id, async () => {
          if (closing) throw CLOSING;
          if (!open) throw NOT_OPEN;
          return open.dispatch(message.channel, message.input);
        });
        return;
      }
      case 'backup': {
        const open = core;
        track(message.id, async () => {
          if (closing) throw CLOSING;
          if (!open) throw NOT_OPEN;
          return { ok: true, result: open.backupNow() };
        });
        return;
      }
      case 'close':
        void close();
        return;
    }
  });
  port.start();
}
