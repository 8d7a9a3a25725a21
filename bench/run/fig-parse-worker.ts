import fs from 'node:fs';
import path from 'node:path';
import { importFile, type FileResult } from '../../electron/core/sync/importer';
import { median, timeIt } from '../lib/stats';
import { missing, ratio, type Figure } from './figure';
import type { StationFile } from './sync-files';
import { freshTarget } from './targets';

/** Built beside this bundle by scripts/bench.mjs, as the app builds it beside its import worker. */
export const PARSE_WORKER = path.join(__dirname, 'parse-worker.cjs');

/**
 * syncParseWorkerGain: does the parse worker earn its place at a realistic size? A new office's first import of a
 * province's year in one file (`provinceYear`, about as many changes as the 61-database province's year holds),
 * read on the import's own thread ÷ read on the parse worker, each into a fresh install, alternating. Above 1 the
 * worker makes that import faster; the goal asks for a gain a person waiting on it would notice.
 */
export async function parseWorkerFigure(work: string, provinceYear: StationFile, reps: number, log: (s: string) => void): Promise<Figure> {
  const goal = { min: 1.2 };
  const inThread: number[] = [];
  const onWorker: number[] = [];
  const once = async (i: number, parseWorker: string | undefined): Promise<number | string> => {
    const core = freshTarget(path.join(work, `${parseWorker ? 'worker' : 'thread'}-${i}`));
    try {
      let r!: FileResult;
      (globalThis as { gc?: () => void }).gc?.();
      const ms = await timeIt(
        async () => (r = await importFile(core.ctx.db, core.ctx.writer, provinceYear.file, { dataDir: core.ctx.dataDir, trustNew: true, parseWorker })),
      );
      return r.applied === provinceYear.changes ? ms : `applied ${r.applied} of ${provinceYear.changes} (${r.status} ${r.reason ?? ''})`;
    } finally {
      core.close();
    }
  };
  for (let i = 0; i < reps; i += 1) {
    for (const [list, worker] of [
      [inThread, undefined],
      [onWorker, PARSE_WORKER],
    ] as const) {
      const r = await once(i, worker);
      if (typeof r === 'string') return missing('syncParseWorkerGain', goal, r);
      list.push(r);
    }
    log(`  parse worker rep ${i + 1}: in-thread ${inThread.at(-1)!.toFixed(0)} ms, on the worker ${onWorker.at(-1)!.toFixed(0)} ms`);
  }
  const mb = (fs.statSync(provinceYear.file).size / 1048576).toFixed(1);
  return {
    ...ratio('syncParseWorkerGain', median(inThread), median(onWorker), goal, 'ms'),
    detail: `${provinceYear.changes} changes (${mb} MB): read on the import thread ${median(inThread).toFixed(0)} ms ÷ on the parse worker ${median(onWorker).toFixed(0)} ms`,
  };
}
