import { workerData } from 'node:worker_threads';
import { BodyReader, damageOr, damaged } from './body-reader';
import { streamBodyLines } from './body-stream';
import { ChangeReader } from './change-reader';
import { SyncRejection } from './rejection';
import { POSTED, TAKEN, pushFields, type ParseJob, type ParseMessage } from './parse-job';
import { validateWithSchema } from './change-validator';

const BATCH = 1000;
/** Batches the worker may run ahead of the reader: memory stays a few megabytes however large the file. */
const AHEAD = 8;

/**
 * The parse worker: reads a large sync file's body (native inflate, decode, JSON, validation, canonical value, hash) on its
 * own thread and hands the checked changes over in batches, while the import's thread applies the previous batch to
 * the database. The same line splitting and ChangeReader as the in-thread path, so the same changes and the same refusals.
 */
async function run(job: ParseJob): Promise<void> {
  const control = new Int32Array(job.control);
  let posted = 0;
  const post = (m: ParseMessage) => {
    job.port.postMessage(m);
    posted += 1;
    Atomics.store(control, POSTED, posted);
    Atomics.notify(control, POSTED);
  };
  post({ type: 'ready' });
  const changes = new ChangeReader(job.header, validateWithSchema);
  let fields: Array<string | number | null> = [];
  let n = 0;
  const flush = () => {
    if (n === 0) return;
    post({ type: 'batch', fields });
    fields = [];
    n = 0;
    for (let taken = Atomics.load(control, TAKEN); posted - taken > AHEAD; taken = Atomics.load(control, TAKEN)) Atomics.wait(control, TAKEN, taken, 1000);
  };
  try {
    const matches = await streamBodyLines(job.file, job.header, job.bodyOffset, (text, lineNo) => {
      pushFields(fields, changes.read(text, lineNo));
      n += 1;
      if (n === BATCH) flush();
    });
    flush();
    if (!matches) throw damaged();
    changes.check(job.nowMs);
    post({ type: 'end', count: changes.count });
  } catch (error) {
    if (!(error instanceof SyncRejection)) throw error;
    const e = damageOr(error, () => intact(job)) as SyncRejection;
    post({ type: 'rejected', reason: e.reason, message: e.message, details: (e.details ?? {}) as Record<string, unknown> });
  }
}

function intact(job: ParseJob): boolean {
  const reader = new BodyReader(job.file, job.header, job.bodyOffset);
  try {
    return reader.intact();
  } finally {
    reader.close();
  }
}

run(workerData as ParseJob).catch((error: unknown) => {
  const job = workerData as ParseJob;
  job.port.postMessage({ type: 'failed', message: (error as Error)?.message ?? String(error) } satisfies ParseMessage);
  const control = new Int32Array(job.control);
  Atomics.add(control, POSTED, 1);
  Atomics.notify(control, POSTED);
});
