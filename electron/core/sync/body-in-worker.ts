import fs from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import { SyncRejection } from './rejection';
import { CONTROL_BYTES, POSTED, TAKEN, forEachChange, type ParseJob, type ParseMessage } from './parse-job';
import type { LogRecord } from './log-record';

/**
 * Below this compressed size (about 45,000 changes) a file is read on the import's own thread: `syncParseWorkerGain`
 * (BENCHMARKS.md, 02/12) found no gain for a province's year in one file (25,000 changes, 1.1 MB: 0.88–1.09) and a
 * gain of 1.28 for 100,000 changes (4.3 MB: 6.7 s → 5.2 s).
 */
export const PARALLEL_MIN_BODY_BYTES = 2 * 1024 * 1024;
const READY_MS = 10_000;
const STALL_MS = 120_000;

/**
 * Read a large body in the parse worker (parse-worker.ts) while this thread applies what it hands over. The import
 * runs inside one synchronous transaction, so this thread blocks on a shared counter (Atomics.wait) and takes each
 * batch with receiveMessageOnPort: no event loop needed, the same order as reading it here. Returns null, having
 * applied nothing, when the worker is not there or does not start: the caller then reads the body itself.
 *
 * Kept for the first import of several years of a province in one file (a new Home Affairs PC): `syncParseWorkerGain`
 * 1.28 at 100,000 changes, and `syncImportVsRawInsert` (≤ 2.5) is met with it. It only starts above
 * PARALLEL_MIN_BODY_BYTES: a province's year in one file, and the folder's files (`provinceFolderCopies`: 272 files,
 * 1.0 MB in all), never use it.
 * Refusals arrive as the worker found them (already told apart from damage); whatever `sink` throws is passed on.
 */
export function readBodyInWorker(
  workerFile: string,
  file: string,
  header: FileHeader,
  bodyOffset: number,
  nowMs: number,
  sink: (c: LogRecord) => void,
): { count: number } | null {
  if (!fs.existsSync(workerFile)) return null;
  const shared = new SharedArrayBuffer(CONTROL_BYTES);
  const control = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    const job: ParseJob = { file, header, bodyOffset, nowMs, control: shared, port: port2 };
    worker = new Worker(workerFile, { workerData: job, transferList: [port2] });
  } catch {
    port1.close();
    return null;
  }
  worker.unref();
  // Its failures arrive as messages, or as silence (the stall timeout): an 'error' event must not become an uncaught one here.
  worker.on('error', () => undefined);
  let taken = 0;
  const next = (timeoutMs: number): ParseMessage | null => {
    for (;;) {
      const m = receiveMessageOnPort(port1);
      if (m) {
        taken += 1;
        Atomics.store(control, TAKEN, taken);
        Atomics.notify(control, TAKEN);
        return m.message as ParseMessage;
      }
      if (Atomics.wait(control, POSTED, taken, timeoutMs) === 'timed-out' && Atomics.load(control, POSTED) === taken) return null;
    }
  };
  try {
    let ready: ParseMessage | null;
    try {
      ready = next(READY_MS);
    } catch {
      ready = null; // a thread that may not block (Atomics.wait refused): read the body here instead
    }
    if (ready?.type !== 'ready') return null;
    for (;;) {
      const m = next(STALL_MS);
      if (!m) throw new AppError('io_error', 'Việc đọc tệp đồng bộ bị dừng giữa chừng. Dữ liệu chưa bị thay đổi; hãy thử nhập lại.');
      if (m.type === 'batch') forEachChange(m.fields, sink);
      else if (m.type === 'end') return { count: m.count };
      else if (m.type === 'rejected') throw new SyncRejection(m.reason, m.message, m.details);
      else throw new Error(`Parse worker: ${m.type === 'failed' ? m.message : 'unexpected message'}`);
    }
  } finally {
    void worker.terminate();
    port1.close();
  }
}
