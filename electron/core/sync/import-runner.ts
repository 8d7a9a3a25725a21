import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/open';
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
}

/**
 * Imports run one at a time, in a worker thread when the bundled worker is there (the window's thread stays
 * free while a large file merges), else in-process. A worker that cannot start (a packaging problem) falls back
 * to in-process rather than fail the import. `busy()` is what commands wait for before they write.
 */
export function createImportRunner(deps: ImportRunnerDeps): { run: RunImport; busy: () => Promise<void> | null } {
  let current: Promise<unknown> | null = null;

  async function runOne(files: readonly string[], opts: ImportOptions): Promise<ImportSummary> {
    if (deps.workerFile && fs.existsSync(deps.workerFile)) {
      const viaWorker = await inWorker(deps, deps.workerFile, files, opts);
      if (viaWorker) {
        deps.writer.resync();
        return viaWorker;
      }
    }
    deps.onStart?.('in-process');
    return importFiles(deps.db, deps.writer, files, opts);
  }

  const run: RunImport = async (files, opts) => {
    while (current) await current.catch(() => undefined);
    const p = runOne(files, opts);
    current = p;
    try {
      return await p;
    } finally {
      current = null;
    }
  };
  return { run, busy: () => (current ? current.then(() => undefined, () => undefined) : null) };
}

/** The import in a worker; null when the worker could not start (then the caller imports in-process). */
function inWorker(deps: ImportRunnerDeps, workerFile: string, files: readonly string[], opts: ImportOptions): Promise<ImportSummary | null> {
  const { now, onApplied: _ignored, ...options } = opts;
  const job: ImportJob = {
    dbFile: deps.dbFile,
    nativeBinding: deps.nativeBinding,
    installId: deps.installId,
    files: [...files],
    options,
    clockOffsetMs: now ? now() - Date.now() : 0,
  };
  return new Promise((resolve, reject) => {
    let started = false;
    let settled = false;
    const worker = new Worker(workerFile, { workerData: job });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: ImportWorkerMessage) => {
      if (m.type === 'ready') {
        started = true;
        deps.onStart?.('worker');
      }
      else if (m.type === 'progress') deps.onProgress?.(m.applied);
      else if (m.type === 'done') settle(() => resolve(m.summary));
      else if (m.type === 'failed') settle(() => (started ? reject(Object.assign(new Error(m.message), { code: m.code })) : resolve(null)));
    });
    worker.on('error', (error) => settle(() => (started ? reject(error) : resolve(null))));
    worker.on('exit', (code) => settle(() => (started ? reject(new Error(`import worker stopped (${code})`)) : resolve(null))));
  });
}
