import path from 'node:path';
import { generate } from './generate';

/** `npm run bench:data -- --years 10 --items 100000 [--seed N] [--start-year Y] [--today D] [--out FILE]` */
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

function positiveInt(name: string, fallback: number): number {
  const v = Number(arg(name, String(fallback)));
  if (!Number.isInteger(v) || v <= 0) {
    console.error(`bench:data: --${name} phải là số nguyên dương (must be a positive integer).`);
    process.exit(2);
  }
  return v;
}

async function main(): Promise<void> {
  const years = positiveInt('years', 10);
  const items = positiveInt('items', 100_000);
  const startYear = positiveInt('start-year', 2020);
  const seed = arg('seed', '259');
  const out = path.resolve(arg('out', `dist/bench-data/bench-${years}y-${items}.sqlite`));
  const today = process.argv.includes('--today') ? arg('today', '') : undefined;
  console.log(`bench:data: ${items} items over ${years} years from ${startYear}, seed ${seed} → ${out}`);
  const r = await generate({ dbFile: out, seed, years, items, startYear, today, log: (l) => console.log(l) });
  console.log(`bench:data: ${r.items} items, ${r.series} series, ${r.plans} plans, ${r.changes} change-log rows in ${(r.ms / 1000).toFixed(1)} s`);
  console.log(JSON.stringify({ dbFile: r.dbFile, seed: r.seed, items: r.items, series: r.series, plans: r.plans, changes: r.changes, ms: r.ms }));
}

main().catch((e: unknown) => {
  console.error(`bench:data: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
