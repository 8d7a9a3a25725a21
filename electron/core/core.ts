import { LOCAL_ORG } from '../../shared/domain/sync/ownership';
import os from 'node:os';
import { z } from 'zod';
import { contract, isChannel, assertUniqueChannels, type Channel, type Handlers } from '../../shared/contract';
import { localIsoDate } from '../../shared/domain/dates';
import { AppError, toApiError, type ApiErrorShape } from '../../shared/contract/errors';
import { newId } from '../../shared/domain/ids';
import type { CoreContext, CoreEvent } from './context';
import { openDatabase, schemaVersionOf, type Db, type OpenOptions } from './db/open';
import { backupDatabaseFile } from './db/backup-file';
import { dataDirFor } from './paths';
import { ChangeWriter } from './sync/write-path';
import { createImportRunner } from './sync/import-runner';
import { RwLock } from './rw-lock';
import type { SyncImportProgress } from '../../shared/contract/sync';
import { createHandlers } from './handlers';
import { zodToAppError } from './validation';
import * as settingsRepo from './db/settings-repo';
import { APP_VERSION } from './version';
import { fileOf, guardedTransaction, ioErrorInFolder } from './safety/io-errors';
import { cleanStaleTemp } from './safety/stale-temp';
import { can, forbiddenMessage, roleNeeded } from '../../shared/contract/roles';
import { currentUser } from './services/app-service';
import path from 'node:path';
import { startAutoSync, type Ticker } from './sync/auto-sync';
import { userById } from './db/users-repo';
import { insertInstall, installIdOf } from './db/install-repo';
import { generateKeyPair } from './sync/keys';

/** Commands that merge or replace the database wholesale: they run with no other command alongside. */
const EXCLUSIVE_CHANNELS: ReadonlySet<string> = new Set(['sync:import', 'sync:run', 'sync:trust', 'backup:restore']);

type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

export interface CoreOptions extends Pick<OpenOptions, 'nativeBinding'> {
  dbFile: string;
  dataDir?: string;
  now?: () => Date;
  /** The bundled import worker (dist/core/import-worker.cjs); sync imports run in-process without it. */
  importWorker?: string;
  /**
   * Run the scheduled "Đồng bộ ngay" (sync/auto-sync.ts) while this core is open: for the long-lived ways in (the
   * desktop window, the browser host), not for a one-shot CLI command. `close()` stops it.
   */
  autoSync?: boolean | { ticker: Ticker };
}

export interface Core {
  ctx: CoreContext;
  handlers: Handlers;
  /** Validate and run one contract call; never throws (errors come back in the error shape). */
  dispatch(channel: string, input: unknown): Promise<DispatchResult>;
  /** Typed call for in-process callers (CLI, tests): throws AppError on failure. */
  call<C extends Channel>(channel: C, input: z.input<(typeof contract)[C]['input']>): Promise<Awaited<ReturnType<Handlers[C]>>>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
  info(): { dbFile: string; dataDir: string; schemaVersion: number; installId: string };
  backupNow(): string;
  close(): void;
}

/** This install's identity, made once on first open and never changed (sync keys on it). */
function ensureInstall(db: Db, now: Date): string {
  const existing = installIdOf(db);
  if (existing) return existing;
  const installId = newId().replace(/-/g, '');
  insertInstall(db, { installId, installName: os.hostname().slice(0, 100) || 'May tinh', createdAt: now.toISOString(), ...generateKeyPair() });
  return installId;
}

export function openCore(options: CoreOptions): Core {
  assertUniqueChannels();
  const now = options.now ?? (() => new Date());
  const db = openDatabase(options.dbFile, { nativeBinding: options.nativeBinding, now });
  let installId: string;
  try {
    installId = db.transaction(() => ensureInstall(db, now()))();
  } catch (error) {
    db.close();
    throw error;
  }
  const dataDir = options.dataDir ?? dataDirFor(options.dbFile);
  // What a killed restore, backup, evidence copy or export left behind (up to ~1.5× the database per kill).
  // Real time, not the injected clock: file times are real.
  cleanStaleTemp(dataDir);
  const writer = new ChangeWriter(db, installId, () => now().getTime());
  const listeners = new Set<(event: CoreEvent) => void>();
  const writes = new RwLock();
  const imports = createImportRunner({
    db,
    writer,
    dbFile: path.resolve(options.dbFile),
    installId,
    nativeBinding: options.nativeBinding,
    workerFile: options.importWorker,
    onProgress: (applied) => ctx.emit({ type: 'progress', payload: { kind: 'sync-import', phase: 'applying', applied } satisfies SyncImportProgress }),
    onStart: (via) => ctx.emit({ type: 'progress', payload: { kind: 'sync-import', phase: 'started', via } satisfies SyncImportProgress }),
    onFinish: () => ctx.emit({ type: 'progress', payload: { kind: 'sync-import', phase: 'finished' } satisfies SyncImportProgress }),
  });

  const ctx: CoreContext = {
    db,
    dbFile: path.resolve(options.dbFile),
    dataDir,
    installId,
    writer,
    appVersion: APP_VERSION,
    now,
    newId,
    today: () => localIsoDate(now()),
    orgId: () => settingsRepo.get(db, 'orgId'),
    requireOrgId: () => {
      const org = settingsRepo.get(db, 'orgId');
      if (!org) throw new AppError('not_setup', 'Máy này chưa được thiết lập. Hãy chọn cơ quan và người dùng trước (màn hình bắt đầu hoặc "ltt init").');
      return org;
    },
    actor: () => {
      const id = settingsRepo.get(db, 'currentUserId');
      if (!id) return null;
      return userById(db, id)?.name ?? null;
    },
    transact: <T>(fn: () => T): T => (db.inTransaction ? fn() : guardedTransaction(db, path.resolve(options.dbFile), fn, () => writer.resync())),
    write: (writes) => writer.write(writes, ctx.actor(), ctx.orgId() ?? LOCAL_ORG),
    emit: (event) => {
      for (const l of listeners) l(event);
    },
    runImport: imports.run,
  };

  const handlers = createHandlers(ctx);

  async function dispatch(channel: string, input: unknown): Promise<DispatchResult> {
    try {
      if (!isChannel(channel)) {
        throw new AppError('unknown_channel', `Yêu cầu không hợp lệ: kênh "${String(channel).slice(0, 80)}" không tồn tại.`);
      }
      const def = contract[channel] as { input: z.ZodType; mutates: boolean };
      // Who may do it comes before whether the input is right: a viewer learns the first, not the second.
      authorize(ctx, channel, input);
      const parsed = def.input.safeParse(input ?? {}, { reportInput: true });
      if (!parsed.success) throw zodToAppError(parsed.error);
      const handler = handlers[channel] as (i: unknown) => unknown;
      // A sync import (in a worker it holds the database's write lock for its whole transaction) or a restore runs
      // alone: it waits for commands already running, and commands wait for it. Reads go on meanwhile.
      const run = () => handler(parsed.data);
      const result = EXCLUSIVE_CHANNELS.has(channel) ? await writes.withExclusive(run) : def.mutates ? await writes.withShared(run) : await run();
      if (def.mutates) ctx.emit({ type: 'changed', payload: { channel } });
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: toApiError(mapDbError(error, ctx.dbFile)) };
    }
  }

  const core: Core = {
    ctx,
    handlers,
    dispatch,
    async call(channel, input) {
      const r = await dispatch(channel, input);
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
      return r.result as never;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    info: () => ({ dbFile: ctx.dbFile, dataDir, schemaVersion: schemaVersionOf(db), installId }),
    backupNow: () => backupDatabaseFile(ctx.dbFile, path.join(dataDir, 'backups'), 'manual', now()),
    close: () => {
      stopAutoSync();
      imports.stop();
      if (db.open) db.close();
    },
  };
  const stopAutoSync = options.autoSync ? startAutoSync(core, typeof options.autoSync === 'object' ? options.autoSync.ticker : undefined) : () => undefined;
  return core;
}

/**
 * Disk and lock failures a person can act on (full, read-only, locked, unplugged) get the one shared
 * Vietnamese message (safety/io-errors.ts), whichever handler met them: a transaction, evidence, a plan
 * import, a sync import in the worker. Anything else is left as it is (an internal error).
 */
function mapDbError(error: unknown, dbFile: string): unknown {
  if (error instanceof AppError) return error;
  return ioErrorInFolder(error, fileOf(error, dbFile), 'write') ?? error;
}

/**
 * IMPORTANT: roles hold in the core, not only in the screens: every command is checked against the acting user's
 * role (shared/contract/roles.ts) before it runs, whichever way it came in.
 */
function authorize(ctx: CoreContext, channel: Channel, input: unknown): void {
  const role = currentUser(ctx)?.role;
  if (role && !can(role, channel, input)) throw new AppError('forbidden', forbiddenMessage(role, roleNeeded(channel, input)!), { channel });
}
