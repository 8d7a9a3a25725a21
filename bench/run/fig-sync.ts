import path from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { importFile, type FileResult } from '../../electron/core/sync/importer';
import { median, timeIt } from '../lib/stats';
import { ChangeWriter } from '../../electron/core/sync/write-path';
import { withStatementCache } from '../data/fast-writer';
import { missing, ratio, type Figure } from './figure';
import { restampedFile, type LogRecord, type StationFile } from './sync-files';
import { freshTarget } from './targets';
import { PARSE_WORKER } from './fig-parse-worker';
import { readHead } from '../../electron/core/sync/file-reader';
import { segmentSignatureValid } from '../../electron/core/sync/segments';

/** Collect the previous step's garbage first, so neither side of a ratio pays for the other's (node --expose-gc). */
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function rawInsert(dbFile: string, rows: readonly LogRecord[]): number {
  const db = openDatabase(dbFile);
  try {
    const stmt = db.prepare(
      `INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, supersedes, arrival)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    gc();
    const t0 = performance.now();
    db.transaction(() => {
      let i = 0;
      for (const r of rows)
        stmt.run(r.install, r.seq, r.org, r.table, r.rowId, r.group, r.valueJson, r.hlc, r.baseHlc, r.tx, r.actor, r.hash, r.supersedesJson, (i += 1));
    })();
    return performance.now() - t0;
  } finally {
    db.close();
  }
}

function check(r: FileResult, expected: number, what: string): string | null {
  if (r.status === 'rejected') return `${what}: file rejected (${r.reasonCode}: ${r.reason})`;
  if (r.applied + r.duplicates !== expected && r.status !== 'duplicate') return `${what}: ${r.applied} applied + ${r.duplicates} duplicates ≠ ${expected}`;
  return null;
}

/**
 * syncImportVsRawInsert and syncReimportVsImport (+ syncDuplicateChangesVsImport, report only): the station's
 * signed file of ~100,000 changes into a fresh Home Affairs install, against inserting the same rows raw.
 */
export async function syncFigures(work: string, f100: StationFile, sourceDb: string, seed: string, reps: number, log: (s: string) => void): Promise<Figure[]> {
  const goals = { imp: { max: 2.5 }, re: { max: 0.2 } };
  const raw: number[] = [];
  const imp: number[] = [];
  const reimp: number[] = [];
  const dup: number[] = [];
  let problem: string | null = null;
  const restamped = restampedFile(sourceDb, seed, f100.changes, path.join(work, 'files'));
  for (let i = 0; i < reps && !problem; i += 1) {
    const rawDir = path.join(work, `raw-${i}`);
    freshTarget(rawDir).close();
    raw.push(rawInsert(path.join(rawDir, 'target.sqlite'), f100.rows));
    const core = freshTarget(path.join(work, `import-${i}`));
    try {
      const opts = { dataDir: core.ctx.dataDir, trustNew: true, parseWorker: PARSE_WORKER };
      let r!: FileResult;
      gc();
      imp.push(await timeIt(async () => (r = await importFile(core.ctx.db, core.ctx.writer, f100.file, opts))));
      problem = check(r, f100.changes, 'first import') ?? (r.applied === f100.changes ? null : `first import applied ${r.applied} of ${f100.changes}`);
      if (problem) break;
      gc();
      reimp.push(await timeIt(async () => (r = await importFile(core.ctx.db, core.ctx.writer, f100.file, opts))));
      problem = r.status === 'duplicate' ? null : `re-import: status ${r.status}`;
      gc();
      dup.push(await timeIt(async () => (r = await importFile(core.ctx.db, core.ctx.writer, restamped, opts))));
      if (!problem && r.duplicates !== f100.changes) problem = `restamped file: ${r.duplicates} duplicates of ${f100.changes} (${r.status} ${r.reason ?? ''})`;
    } finally {
      core.close();
    }
    log(
      `  sync rep ${i + 1}: raw ${raw.at(-1)!.toFixed(0)} ms, import ${imp.at(-1)?.toFixed(0)} ms, same file ${reimp.at(-1)?.toFixed(1)} ms, same changes restamped ${dup.at(-1)?.toFixed(0)} ms`,
    );
  }
  if (problem) return [missing('syncImportVsRawInsert', goals.imp, problem), missing('syncReimportVsImport', goals.re, problem)];
  // Diagnosis, report only: the same import with every statement prepared once (what caching statements in the
  // sync code would give), on the same fresh target.
  const cached: number[] = [];
  for (let i = 0; i < Math.min(reps, 2); i += 1) {
    const core = freshTarget(path.join(work, `cached-${i}`));
    try {
      const db = withStatementCache(core.ctx.db);
      const writer = new ChangeWriter(db, core.ctx.installId, () => Date.now());
      let r!: FileResult;
      gc();
      cached.push(
        await timeIt(async () => (r = await importFile(db, writer, f100.file, { dataDir: core.ctx.dataDir, trustNew: true, parseWorker: PARSE_WORKER }))),
      );
      if (r.applied !== f100.changes) cached.pop();
    } finally {
      core.close();
    }
  }
  const n = `${f100.changes} changes`;
  const verify = originCheckMs(f100.file);
  return [
    {
      ...ratio('syncImportVsRawInsert', median(imp), median(raw), goals.imp, 'ms'),
      detail: `${n} in ${f100.segments} segments: import ${median(imp).toFixed(0)} ms ÷ raw insert ${median(raw).toFixed(0)} ms; the origin signatures ${verify.toFixed(2)} ms of it`,
    },
    {
      ...ratio('syncReimportVsImport', median(reimp), median(imp), goals.re, 'ms'),
      detail: `same file again ${median(reimp).toFixed(1)} ms ÷ import ${median(imp).toFixed(0)} ms`,
    },
    ...(cached.length
      ? [
          {
            ...ratio('syncImportCachedStatementsVsRawInsert', median(cached), median(raw), null, 'ms'),
            detail: `diagnosis: the same import with statements prepared once ${median(cached).toFixed(0)} ms ÷ raw insert ${median(raw).toFixed(0)} ms (report only)`,
          },
        ]
      : []),
    {
      ...ratio('syncDuplicateChangesVsImport', median(dup), median(imp), null, 'ms'),
      detail: `same ${n} in a re-stamped file ${median(dup).toFixed(0)} ms ÷ import ${median(imp).toFixed(0)} ms (report only)`,
    },
  ];
}

/** What the origin check costs in this file: one signature verification per segment, as checkSegments does (median of 5). */
function originCheckMs(file: string): number {
  const segs = readHead(file, Number.MAX_SAFE_INTEGER).header.segments;
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t0 = performance.now();
    for (const s of segs) if (!segmentSignatureValid(s)) throw new Error('bench: a station segment does not verify');
    runs.push(performance.now() - t0);
  }
  return median(runs);
}
