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
 * syncParseWorkerGain: does the parse worker earn its place? One file read on the import's own thread ÷ read as the
 * app reads it (on the parse worker above its threshold, body-in-worker.ts), each into a fresh install, alternating.
 * `file` (100,000 changes, several years of a province) is the figure; `alsoOf` (a province's year, below the
 * threshold) is measured the same way for the detail line. The goal asks for a gain a person waiting would notice.
 */
export async function parseWorkerFigure(work: string, file: StationFile, alsoOf: StationFile, reps: number, log: (s: string) => void): Promise<Figure> {
  const main = await gainOf(path.join(work, 'main'), file, reps, log);
  const other = await gainOf(path.join(work, 'other'), alsoOf, 1, log);
  const goal = { min: 1.2 };
  if (typeof main === 'string') return missing('syncParseWorkerGain', goal, main);
  return {
    ...ratio('syncParseWorkerGain', main.inThread, main.onWorker, goal, 'ms'),
    detail: `${main.what}${typeof other === 'string' ? '' : `; ${other.what}: ${(other.inThread / other.onWorker).toFixed(2)}`}`,
  };
}

async function gainOf(
  work: string,
  station: StationFile,
  reps: number,
  log: (s: string) => void,
): Promise<{ inThread: number; onWorker: number; what: string } | string> {
  const inThread: number[] = [];
  const onWorker: number[] = [];
  const once = async (i: number, parseWorker: string | undefined): Promise<number | string> => {
    const core = freshTarget(path.join(work, `${parseWorker ? 'worker' : 'thread'}-${i}`));
    try {
      let r!: FileResult;
      (globalThis as { gc?: () => void }).gc?.();
      const ms = await timeIt(
        async () => (r = await importFile(core.ctx.db, core.ctx.writer, station.file, { dataDir: core.ctx.dataDir, trustNew: true, parseWorker })),
      );
      return r.applied === station.changes ? ms : `applied ${r.applied} of ${station.changes} (${r.status} ${r.reason ?? ''})`;
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
      if (typeof r === 'string') return r;
      list.push(r);
    }
    log(
      `  parse worker, ${station.changes} changes, rep ${i + 1}: in-thread ${inThread.at(-1)!.toFixed(0)} ms, as the app reads it ${onWorker.at(-1)!.toFixed(0)} ms`,
    );
  }
  const mb = (fs.statSync(station.file).size / 1048576).toFixed(1);
  return {
    inThread: median(inThread),
    onWorker: median(onWorker),
    what: `${station.changes} changes (${mb} MB): read on the import thread ${median(inThread).toFixed(0)} ms ÷ as the app reads it ${median(onWorker).toFixed(0)} ms`,
  };
}
