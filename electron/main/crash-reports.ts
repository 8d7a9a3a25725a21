import fs from 'node:fs';
import path from 'node:path';

export const CRASH_DIR = 'crash-reports';
/** Numbers the reports of this run, so two failures in the same millisecond keep both files. */
let sequence = 0;

export interface CrashFacts {
  kind: 'uncaught-exception' | 'unhandled-rejection' | 'render-process-gone' | 'child-process-gone';
  details: Record<string, unknown>;
  appVersion: string;
  now: Date;
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/**
 * Writes one crash report as a JSON file in `<data>/crash-reports/` and returns its path (null if it could not be
 * written). IMPORTANT: reports stay on this machine — nothing here or anywhere in the app sends them.
 */
export function writeCrashReport(dataDir: string, facts: CrashFacts): string | null {
  try {
    const dir = path.join(dataDir, CRASH_DIR);
    fs.mkdirSync(dir, { recursive: true });
    const stamp = facts.now.toISOString().replace(/[:.]/g, '-');
    sequence += 1;
    const file = path.join(dir, `crash-${stamp}-${facts.kind}-${process.pid}-${sequence}.json`);
    const details = Object.fromEntries(Object.entries(facts.details).map(([k, v]) => [k, describe(v)]));
    const report = {
      kind: facts.kind,
      time: facts.now.toISOString(),
      appVersion: facts.appVersion,
      platform: process.platform,
      arch: process.arch,
      versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
      details,
    };
    fs.writeFileSync(file, JSON.stringify(report, null, 2), { flag: 'wx' });
    return file;
  } catch {
    return null;
  }
}
