import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { dataset } from './datasets';
import { goalText, passOf, type Figure } from './figure';
import { reconcileFigures } from './fig-reconcile';
import { stationFiles } from './sync-files';
import { syncFigures } from './fig-sync';
import { parseWorkerFigure } from './fig-parse-worker';
import { memoryFigure } from './fig-memory';
import { complianceFigure, monthFigure, openFigure, reportFigure } from './fig-queries';
import { uiFigure } from './fig-ui';
import { provinceFigures } from './fig-province';
import { openDataset } from './targets';

/**
 * `npm run bench [-- --seed N] [--fresh] [--keep-work] [--only a,b] [--scale F] [--province-orgs N]`: every figure is a ratio against a
 * baseline measured in this run. Prints a table, then one JSON line (the last line of output).
 */
interface Args {
  seed: string;
  fresh: boolean;
  /** Leave the work folder (the province's databases and shared folder) for a closer look. */
  keepWork: boolean;
  only: Set<string> | null;
  scale: number;
  /** Organisations in the province figures (each with 2 PCs, plus Home Affairs); 30 is the issue's province. */
  provinceOrgs: number;
  root: string;
  childScript: string;
}

function parseArgs(): Args {
  const get = (n: string) => {
    const i = process.argv.indexOf(`--${n}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const only = get('only');
  return {
    seed: get('seed') ?? '259',
    fresh: process.argv.includes('--fresh'),
    keepWork: process.argv.includes('--keep-work'),
    only: only ? new Set(only.split(',')) : null,
    scale: Number(get('scale') ?? '1'),
    provinceOrgs: Number(get('province-orgs') ?? String(DEFAULT_PROVINCE_ORGS)),
    root: path.resolve(get('root') ?? process.cwd()),
    childScript: path.resolve(get('child') ?? 'dist/bench/import-child.cjs'),
  };
}

const YEAR = 2029;
/**
 * The whole province (30 organisations, 61 databases) is ~48,000 file imports over the year (every PC reads every
 * other PC's monthly file): ~3 min of CPU, far more wall time on a shared 2-core machine. By default a third of it;
 * `--province-orgs 30` for the issue's size. The figures are per file and per origin, so they hardly move with it.
 */
const DEFAULT_PROVINCE_ORGS = 10;
const TODAY = `${YEAR}-11-15`;

async function main(): Promise<void> {
  const a = parseArgs();
  const t0 = Date.now();
  const log = (s: string) => console.log(s);
  const want = (...names: string[]) => !a.only || names.some((n) => a.only!.has(n));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-bench-'));
  const cache = path.join(a.root, 'dist', 'bench-data', `schema-${LATEST_SCHEMA_VERSION}`);
  const figures: Figure[] = [];
  const per = Math.round(10_000 * a.scale);
  log(`bench: seed ${a.seed}, ${per} items per year, work folder ${work}`);
  try {
    // Generated only when a chosen figure reads them (the province figures build their own 61 databases).
    const needs = want(
      'openScaling',
      'monthQueryScaling',
      'complianceScaling',
      'reportVsRead',
      'syncImportVsRawInsert',
      'syncReimportVsImport',
      'importMemoryScaling',
      'syncParseWorkerGain',
    );
    const small = needs ? await dataset(a.root, cache, { seed: a.seed, years: 1, items: per, startYear: YEAR, today: TODAY, fresh: a.fresh }, log) : null!;
    const big = needs
      ? await dataset(a.root, cache, { seed: a.seed, years: 10, items: per * 10, startYear: YEAR - 9, today: TODAY, fresh: a.fresh }, log)
      : null!;

    if (want('openScaling')) figures.push(await openFigure(work, big.dbFile, 3));
    if (want('monthQueryScaling', 'complianceScaling', 'reportVsRead')) {
      const s = openDataset(small.dbFile, path.join(work, 'small-data'));
      const b = openDataset(big.dbFile, path.join(work, 'big-data'));
      try {
        if (want('monthQueryScaling')) figures.push(await monthFigure(s, b, YEAR, 5, 15));
        if (want('complianceScaling')) figures.push(await complianceFigure(s, b, YEAR, TODAY, 7));
        if (want('reportVsRead')) figures.push(await reportFigure(b, YEAR, TODAY, 3, log));
      } finally {
        s.close();
        b.close();
      }
    }
    if (want('syncImportVsRawInsert', 'syncReimportVsImport', 'importMemoryScaling', 'syncParseWorkerGain')) {
      // The last: about a province's year (provinceFolderCopies at 61 databases holds 24,746 changes).
      const counts = [20_000, 100_000, 200_000, 25_000].map((n) => Math.round(n * a.scale));
      const files = stationFiles(big.dbFile, a.seed, counts, path.join(work, 'files'), counts[1]!);
      log(
        `  station files: ${files.map((f) => `${f.changes} changes in ${f.segments} segments (${(fs.statSync(f.file).size / 1048576).toFixed(1)} MB)`).join(', ')}`,
      );
      if (want('syncImportVsRawInsert', 'syncReimportVsImport'))
        figures.push(...(await syncFigures(path.join(work, 'sync'), files[1]!, big.dbFile, a.seed, 3, log)));
      if (want('importMemoryScaling')) figures.push(memoryFigure(path.join(work, 'mem'), a.childScript, files[0]!, files[2]!, 1, log));
      if (want('syncParseWorkerGain')) figures.push(await parseWorkerFigure(path.join(work, 'parse-worker'), files[1]!, files[3]!, 3, log));
    }
    if (want('provinceFolderCopies', 'provinceImportVsOriginsOnce', 'provinceNoopRunCpuMs'))
      figures.push(...(await provinceFigures(path.join(work, 'province'), a.seed, a.scale, a.provinceOrgs, log)));
    if (want('uiMonthScaling')) figures.push(await uiFigure(a.root, work, a.seed, 5, log));
    if (want('reconcilePrecision', 'reconcileRecall')) figures.push(...reconcileFigures(log));
  } finally {
    if (a.keepWork) log(`bench: work folder kept: ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
  printTable(figures);
  log(`bench: ${((Date.now() - t0) / 1000).toFixed(0)} s wall${cpuSeconds()}`);
  const json: Record<string, unknown> = {};
  for (const f of figures) json[f.name] = f.value;
  const reasons = Object.fromEntries(figures.filter((f) => f.value === null).map((f) => [f.name, f.reason]));
  if (Object.keys(reasons).length) json.missing = reasons;
  console.log(JSON.stringify(json));
}

/** CPU seconds of this process and its finished children (Linux), to compare runs on a busy machine. */
function cpuSeconds(): string {
  try {
    const f = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    const ticks = [11, 12, 13, 14].map((i) => Number(f[i]));
    return `, ${((ticks[0]! + ticks[1]!) / 100).toFixed(0)} s CPU (+ ${((ticks[2]! + ticks[3]!) / 100).toFixed(0)} s in child processes; Chromium not counted)`;
  } catch {
    return '';
  }
}

function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? 'null' : `${f.value}${f.unit ? ` ${f.unit}` : ''}`,
    goalText(f),
    passOf(f),
    f.value === null ? `missing: ${f.reason}` : (f.detail ?? ''),
  ]);
  const head = ['figure', 'value', 'goal', 'result', 'measured'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(w[i]!))).join('  ');
  console.log('');
  console.log(line(head));
  console.log(line(w.map((n) => '-'.repeat(Math.min(n, 60)))));
  for (const r of rows) console.log(line(r));
  console.log('');
}

main().catch((e: unknown) => {
  console.error(`bench: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
