import { MessageChannelMain, utilityProcess, type MessagePortMain, type UtilityProcess } from 'electron';
import type { ApiErrorShape } from '../../shared/contract/errors';
import type { CoreEvent } from '../core/context';
import { asApiError, fromCoreMessage, toCoreMessage, type CoreInfo, type FromCore, type ToCore } from '../core/process/wire';
import type { Envelope } from './ipc';

export type { CoreInfo };

/** Restarts after an unexpected exit, per run: a core that keeps dying stays down and the app says so. */
const MAX_RESTARTS = 3;
const CLOSE_WAIT_MS = 15_000;

const CRASHED: ApiErrorShape = {
  code: 'db_unavailable',
  message:
    'Phần xử lý dữ liệu của ứng dụng đã dừng đột ngột khi đang thực hiện yêu cầu này; thay đổi chưa lưu xong đã được hủy, dữ liệu đã lưu không bị mất. Hãy thử lại.',
};
const CLOSING: ApiErrorShape = {
  code: 'db_unavailable',
  message: 'Ứng dụng đang đóng nên không thực hiện yêu cầu này. Hãy mở lại ứng dụng rồi thử lại.',
};
const STOPPED: ApiErrorShape = {
  code: 'db_unavailable',
  message: 'Phần xử lý dữ liệu của ứng dụng đã dừng nhiều lần nên không được khởi động lại. Dữ liệu đã lưu không bị mất; hãy đóng rồi mở lại ứng dụng.',
};
const NOT_STARTED: ApiErrorShape = {
  code: 'db_unavailable',
  message: 'Không khởi động được phần xử lý dữ liệu của ứng dụng. Hãy đóng rồi mở lại ứng dụng; nếu lỗi lặp lại, hãy cài lại ứng dụng.',
};

export interface CoreProcessOptions {
  /** dist/core/core-process.cjs */
  modulePath: string;
  dbFile: string;
  nativeBinding?: string | undefined;
  onEvent: (event: CoreEvent) => void;
  /** The process ended without being asked to; `restarting` says whether another one is starting. */
  onExit: (facts: { code: number; restarting: boolean }) => void;
}

export interface CoreClient {
  /** The first start: the database's info once open, or the reason it could not open (an ApiErrorShape). */
  ready: Promise<CoreInfo>;
  /** The info of the running core (null before the first start). */
  info(): CoreInfo | null;
  /** One contract call; never throws (errors come back in the envelope, as from the in-process core). */
  dispatch(channel: string, input: unknown): Promise<Envelope>;
  /** The menu's backup: the new file's path; throws the error shape on failure. */
  backupNow(): Promise<string>;
  /** Lets the core close the database cleanly and exit (killed after CLOSE_WAIT_MS). */
  close(): Promise<void>;
}

interface Connection {
  child: UtilityProcess;
  port: MessagePortMain;
  ready: Promise<CoreInfo>;
  exited: Promise<void>;
  pending: Map<number, (envelope: Envelope) => void>;
  /** Opened and not exited: calls go straight to it. */
  open: boolean;
  /** Exited (and not replaced, if it is still `current`). */
  gone: boolean;
  /** Why it could not open the database, for every call after. */
  failure: ApiErrorShape | null;
}

/**
 * The desktop's core in a utility process of its own, behind the same call shape as the in-process core (`dispatch`
 * returns the contract's envelope), so ipc.ts, the menu and the shutdown gate need not know where it runs.
 * A core that dies fails the calls it was running with `db_unavailable` (SQLite rolled their transactions back) and
 * is started again, at most MAX_RESTARTS times.
 */
export function startCoreProcess(options: CoreProcessOptions): CoreClient {
  let nextId = 1;
  let restarts = 0;
  let closing = false;
  let info: CoreInfo | null = null;

  function connect(): Connection {
    const child = utilityProcess.fork(options.modulePath, [], { serviceName: 'Lịch Tuyên Truyền – dữ liệu', stdio: 'inherit' });
    const { port1: port, port2 } = new MessageChannelMain();
    const pending = new Map<number, (envelope: Envelope) => void>();
    let settleReady!: { resolve: (info: CoreInfo) => void; reject: (error: ApiErrorShape) => void };
    const ready = new Promise<CoreInfo>((resolve, reject) => (settleReady = { resolve, reject }));
    ready.catch(() => undefined); // a failed start is reported through `ready` and each call's envelope
    let killed = false;
    let signalExit!: () => void;
    const exited = new Promise<void>((resolve) => (signalExit = resolve));

    port.on('message', ({ data }) => {
      const parsed = fromCoreMessage.safeParse(data);
      if (!parsed.success) return;
      const message: FromCore = parsed.data;
      if (message.type === 'ready') {
        info = message.info;
        connection.open = true;
        settleReady.resolve(message.info);
      } else if (message.type === 'failed') {
        connection.failure = asApiError(message.error);
        settleReady.reject(connection.failure);
        killed = true;
        child.kill();
      } else if (message.type === 'reply') {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        resolve?.(message.ok ? { ok: true, result: message.result } : { ok: false, error: asApiError(message.error) });
      } else if (message.type === 'event') {
        options.onEvent(message.event);
      }
    });
    port.start();
    child.once('exit', (code: number) => {
      if (!connection.open && !connection.failure) connection.failure = NOT_STARTED;
      connection.open = false;
      connection.gone = true;
      signalExit();
      settleReady.reject(NOT_STARTED);
      const failure = closing ? CLOSING : CRASHED;
      for (const resolve of pending.values()) resolve({ ok: false, error: failure });
      pending.clear();
      if (closing || current !== connection) return;
      // A first start that failed is the caller's (`ready` rejects); a restart that could not open again is the end.
      if (killed) {
        if (info !== null) options.onExit({ code, restarting: false });
        return;
      }
      // Restart only a core that had opened the database: one that never did would fail the same way again.
      const restarting = info !== null && restarts < MAX_RESTARTS;
      if (restarting) {
        restarts += 1;
        current = connect();
      }
      options.onExit({ code, restarting });
    });
    // The port first: the process answers nothing else before it has one.
    child.postMessage({ type: 'port' }, [port2]);
    const connection: Connection = { child, port, ready, exited, pending, open: false, gone: false, failure: null };
    send(connection, { type: 'open', dbFile: options.dbFile, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    return connection;
  }

  function send(connection: Connection, message: ToCore): void {
    connection.port.postMessage(toCoreMessage.parse(message));
  }

  let current: Connection = connect();

  async function request(message: (id: number) => ToCore): Promise<Envelope> {
    if (closing) return { ok: false, error: CLOSING };
    const connection = current;
    if (connection.gone) return { ok: false, error: connection.failure ?? STOPPED };
    // A call accepted before close() is sent at once when the core is up, so the core finishes it before it closes.
    if (!connection.open) {
      try {
        await connection.ready;
      } catch (error) {
        return { ok: false, error: error as ApiErrorShape };
      }
      if (closing) return { ok: false, error: CLOSING };
      if (connection.gone) return { ok: false, error: connection.failure ?? STOPPED };
    }
    const id = nextId++;
    const reply = new Promise<Envelope>((resolve) => connection.pending.set(id, resolve));
    send(connection, message(id));
    return reply;
  }

  return {
    ready: current.ready,
    info: () => info,
    dispatch: (channel, input) => request((id) => ({ type: 'call', id, channel, input })),
    async backupNow() {
      const reply = await request((id) => ({ type: 'backup', id }));
      if (!reply.ok) throw reply.error;
      return String(reply.result);
    },
    async close() {
      if (closing) return current.exited;
      closing = true;
      const connection = current;
      send(connection, { type: 'close' });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), CLOSE_WAIT_MS);
        timer.unref?.();
      });
      if ((await Promise.race([connection.exited, timeout])) === 'timeout') connection.child.kill();
      clearTimeout(timer);
    },
  };
}
