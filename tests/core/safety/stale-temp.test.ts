import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { STALE_AFTER_MS } from '../../../electron/core/safety/stale-temp';

/**
 * Issue 19, point 6: a killed `restore` left `.restore-<uuid>/` and `..<db>.restore.tmp.tmp` (about 1.5×
 * the database per kill) that nothing cleaned; a killed evidence copy or export left `*.tmp`/`*.part`.
 * Opening the core removes what is old enough that no live process can still be writing it, and
 * nothing else.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function plant(file: string, ageMs: number, content = 'x'): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  const t = (Date.now() - ageMs) / 1000;
  fs.utimesSync(file, t, t);
  return file;
}

describe('stale temporary files are cleaned on start', () => {
  it('old leftovers of restore, backup, evidence and export go; fresh ones and anything not ours stay', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-stale-'));
    dirs.push(dir);
    const dbFile = path.join(dir, 'lich-tuyen-truyen.sqlite');
    openCore({ dbFile }).close();
    const old = STALE_AFTER_MS + 60_000;
    const staging = path.join(dir, '.restore-0b6c1f2e-8a1d-4c4e-9d7a-3f5b2a1c9e01');
    const gone = [
      plant(path.join(staging, 'candidate.sqlite'), old),
      plant(path.join(dir, '.lich-tuyen-truyen.sqlite.restore.tmp'), old),
      plant(path.join(dir, '..lich-tuyen-truyen.sqlite.restore.tmp.tmp'), old),
      plant(path.join(dir, 'backups', '.lich-tuyen-truyen-manual-2026-11-26T02-31-32-123Z.sqlite.tmp'), old),
      plant(path.join(dir, 'evidence', 'ab', 'abcdef0123456789-anh.png.4242.tmp'), old),
      plant(path.join(dir, 'exports', '.bao-cao.docx.0123456789ab.part'), old),
      plant(path.join(dir, 'sync', 'inbox', '0a1b2c3d-may-khac.lttsync.4242.tmp'), old),
    ];
    const t = (Date.now() - old) / 1000;
    fs.utimesSync(staging, t, t);
    const kept = [
      plant(path.join(dir, '.lich-tuyen-truyen.sqlite.restore.tmp.fresh'), old),
      plant(path.join(dir, 'exports', '.bao-cao.docx.aaaaaaaaaaaa.part'), 1_000),
      plant(path.join(dir, 'evidence', 'ab', 'abcdef0123456789-anh.png.4243.tmp'), 1_000),
      plant(path.join(dir, 'exports', 'bao-cao.docx'), old),
      plant(path.join(dir, 'ghi-chu.tmp'), old),
      plant(path.join(dir, 'backups', 'lich-tuyen-truyen-manual-2026-11-26T02-31-32-123Z.sqlite'), old),
    ];
    const core = openCore({ dbFile });
    core.close();
    for (const f of gone) expect(fs.existsSync(f), f).toBe(false);
    expect(fs.existsSync(staging)).toBe(false);
    for (const f of kept) expect(fs.existsSync(f), f).toBe(true);
  });
});
