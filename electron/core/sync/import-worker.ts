import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { ChangeWriter } from './write-path';
import { importFiles } from './importer';
import { progressEvery } from './import-runner';
import type { ImportJob, ImportWorkerMessage } from './import-job';

/**
 * The import worker: the same pipeline as in-process, on its own connection, so a large file's
 * transaction never holds up the thread that serves the window (SQLite's lock keeps the two apart).
 */
async function run(job: ImportJob): Promise<void> {
  const post = (m: ImportWorkerMessage) => parentPort!.postMessage(m);
  const db = openDatabase(job.dbFile, { nativeBinding: job.nativeBinding });
  try {
    const now = () => Date.now() + job.clockOffsetMs;
    const writer = new ChangeWriter(db, job.installId, now);
    post({ type: 'ready' });
    const summary = await importFiles(db, writer, job.files, {
      ...job.options,
      now,
      onApplied: progressEvery((applied) => post({ type: 'progress', applied })),
    });
    post({ type: 'done', summary });
  } finally {
    db.close();
  }
}

run(workerData as ImportJob).catch((error: unknown) => {
  const e = error as { message?: string; code?: string };
  parentPort!.postMessage({ type: 'failed', message: e?.message ?? String(error), code: e?.code } satisfies ImportWorkerMessage);
});
