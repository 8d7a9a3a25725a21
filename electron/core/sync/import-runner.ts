import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/open';
import { AppError } from '../../../shared/contract/errors';
import type { ChangeWriter } from './write-path';
import { importFiles, type ImportOptions, type ImportSummary } from './importer';
import type { ImportJob, ImportWorkerMessage } from './import-job';

export type RunImport = (files: readonly string[], opts: ImportOptions) => Promise<ImportSummary>;

export interface ImportRunnerDeps {
  db: Db;
  writer: ChangeWriter;
  dbFile: string;
  installId: string;
  nativeBinding?: string;
  /** The bundled worker script; without it (tests on the sources) imports run in-process. */
  workerFile?: string;
  onProgress?: (applied: number) => void;
  /** Where an import runs, once it has started there. */
  onStart?: (via: 'worker' | 'in-process') => void;
  /** After each import, whether it succeeded or not. */
  onFinish?: () => void;
}

/**
 * Imports run one at a time, in a worker thread when the bundled worker is there (the window's thread stays
 * free while a large file merges), else in-process. A worker that cannot start (a packaging problem) falls back
 * to in-process rather than fail the import. Keeping other commands out meanwhile is the caller's job (core.ts).
 */
export function createImportRunner(deps: ImportRunnerDeps): { run: RunImport; stop: () => void } {
  let current: Promise<unknown> | null = null;
  const active = new Set<Worker>();

  // Built beside the import worker; a large file's body is read on it wherever the import itself runs.
  const parseWorker = deps.workerFile ? path.join(path.dirname(deps.workerFile), 'parse-worker.cjs') : undefined;

  async function runOne(files: readonly string[], given: ImportOptions): Promise<ImportSummary> {
    const opts: ImportOptions = { parseWorker, ...given };
    if (deps.workerFile && fs.existsSync(deps.workerFile)) {
      const viaWorker = await inWorker(deps, deps.workerFile, files, opts, active);
      if (viaWorker) {
        deps.writer.resync();
        return viaWorker;
      }
    }
    deps.onStart?.('in-process');
    return importFiles(deps.db, deps.writer, files, { ...opts, onApplied: opts.onApplied ?? progressEvery(deps.onProgress) });
  }

  const run: RunImport = async (files, opts) => {
    while (current) await current.catch(() => undefined);
    const p = runOne(files, opts);
    current = p;
    try {
      return await p;
    } finally {
      current = null;
      deps.onFinish?.();
    }
  };
  // Closing the app mid-import: the worker's connection goes with it and SQLite rolls its transaction back.
  const stop = () => {
    for (const w of active) void w.terminate();
  };
  return { run, stop };
}

/** A progress callback that reports every 5,000 changes of each file. */
export function progressEvery(report?: (applied: number) => void): ((applied: number) => void) | undefined {
  if (!report) return undefined;
  let last = 0;
  return (applied) => {
    if (applied < last) last = 0; // the next file
    if (applied - last < 5000) return;
    last = applied;
    report(applied);
  };
}

function workerError(m: { message: string; code?: string }): Error {
  if (m.code && !m.code.startsWith('SQLITE_') && /^[a-z_]+$/.test(m.code)) return new AppError(m.code as never, m.message);
  return Object.assign(new Error(m.message), { code: m.code });
}

/** The import in a worker; null when the worker could not start (then the caller imports in-process). */
function inWorker(
  deps: ImportRunnerDeps,
  workerFile: string,
  files: readonly string[],
  opts: ImportOptions,
  active: Set<Worker>,
): Promise<ImportSummary | null> {
  const { now, onApplied: _inProcessOnly, ...options } = opts;
  const job: ImportJob = {
    dbFile: deps.dbFile,
    nativeBinding: deps.nativeBinding,
    installId: deps.installId,
    files: [...files],
    options,
    clockOffsetMs: now ? now() - Date.now() : 0,
  };
  let worker: Worker;
  try {
    worker = new Worker(workerFile, { workerData: job });
  } catch {
    return Promise.resolve(null);
  }
  active.add(worker);
  return new Promise((resolve, reject) => {
    let started = false;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      active.delete(worker);
      fn();
    };
    worker.on('message', (m: ImportWorkerMessage) => {
      if (m.type === 'ready') {
        started = true;
        deps.onStart?.('worker');
      } else if (m.type === 'progress') deps.onProgress?.(m.applied);
      else if (m.type === 'done') settle(() => resolve(m.summary));
      else if (m.type === 'failed') settle(() => (started ? reject(workerError(m)) : resolve(null)));
    });
    worker.on('error', (error) => settle(() => (started ? reject(error) : resolve(null))));
    worker.on('exit', (code) =>
      settle(() =>
        started
          ? reject(new AppError('io_error', `Việc nhập tệp đồng bộ bị dừng giữa chừng (mã ${code}). Dữ liệu chưa bị thay đổi; hãy thử lại.`))
          : resolve(null),
      ),
    );
  });
}
