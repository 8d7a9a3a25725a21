import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { generate, type GenerateResult } from '../data/generate';

/** A generated database, kept between runs when generated with the same generator and arguments. */
export interface Dataset extends GenerateResult {
  cached: boolean;
}

function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesBelow(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The generator writes through the app's own core, so a change there can change the data as much as one in the generator. */
function generatorHash(root: string): string {
  const h = crypto.createHash('sha256');
  for (const dir of ['bench/data', 'bench/lib', 'electron/core', 'shared']) {
    for (const f of filesBelow(path.join(root, dir))) h.update(path.relative(root, f)).update(fs.readFileSync(f));
  }
  return h.digest('hex').slice(0, 12);
}

export async function dataset(
  root: string,
  dir: string,
  opts: { seed: string; years: number; items: number; startYear: number; today: string; fresh: boolean },
  log: (s: string) => void,
): Promise<Dataset> {
  const key = `${opts.seed}-${opts.startYear}-${opts.years}y-${opts.items}-${opts.today}-${generatorHash(root)}`;
  const dbFile = path.join(dir, `bench-${key}.sqlite`);
  const meta = `${dbFile}.json`;
  if (!opts.fresh && fs.existsSync(dbFile) && fs.existsSync(meta)) {
    log(`  dataset ${opts.items} items: cached (${path.basename(dbFile)})`);
    return { ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as GenerateResult), dbFile, cached: true };
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir))
    if (f.startsWith(`bench-${opts.seed}-${opts.startYear}-${opts.years}y-${opts.items}-`)) fs.rmSync(path.join(dir, f), { force: true });
  log(`  dataset ${opts.items} items over ${opts.years} year(s): generating…`);
  const r = await generate({ dbFile, seed: opts.seed, years: opts.years, items: opts.items, startYear: opts.startYear, today: opts.today });
  fs.writeFileSync(meta, JSON.stringify(r));
  log(`  dataset ${r.items} items, ${r.changes} changes: ${(r.ms / 1000).toFixed(0)} s`);
  return { ...r, cached: false };
}
