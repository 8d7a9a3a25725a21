import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median } from '../lib/stats';
import { missing, sig, type Figure } from './figure';
import type { StationFile } from './sync-files';

interface ChildResult {
  status: string;
  applied: number;
  reason: string | null;
  rssBefore: number;
  peakRss: number;
}

function runChild(childScript: string, file: string, dir: string): ChildResult {
  const r = spawnSync(process.execPath, [childScript, file, dir], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`import child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

/** importMemoryScaling: peak resident memory of a process importing ~200,000 changes ÷ ~20,000 (fresh process each). */
export function memoryFigure(work: string, childScript: string, small: StationFile, large: StationFile, reps: number, log: (s: string) => void): Figure {
  const goal = { max: 2 };
  try {
    const s: number[] = [];
    const l: number[] = [];
    for (let i = 0; i < reps; i += 1) {
      const a = runChild(childScript, small.file, path.join(work, `mem-small-${i}`));
      const b = runChild(childScript, large.file, path.join(work, `mem-large-${i}`));
      for (const [r, f] of [
        [a, small],
        [b, large],
      ] as const) {
        if (r.status !== 'applied' || r.applied !== f.changes)
          return missing('importMemoryScaling', goal, `import of ${f.changes} changes: ${r.status} ${r.applied} ${r.reason ?? ''}`);
      }
      s.push(a.peakRss);
      l.push(b.peakRss);
      log(
        `  memory rep ${i + 1}: ${small.changes} changes peak ${(a.peakRss / 1048576).toFixed(0)} MB (before import ${(a.rssBefore / 1048576).toFixed(0)}), ${large.changes} changes peak ${(b.peakRss / 1048576).toFixed(0)} MB (before ${(b.rssBefore / 1048576).toFixed(0)})`,
      );
    }
    const mb = (x: number) => x / 1048576;
    const value = sig(median(l) / median(s));
    return {
      name: 'importMemoryScaling',
      value,
      goal,
      detail: `peak RSS ${mb(median(l)).toFixed(0)} MB (${large.changes} changes) ÷ ${mb(median(s)).toFixed(0)} MB (${small.changes} changes)`,
    };
  } catch (e) {
    return missing('importMemoryScaling', goal, (e as Error).message);
  }
}
