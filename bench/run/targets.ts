import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { setup } from '../../electron/core/services/app-service';
import { ORGS } from '../data/vocab';

/** A fresh Home Affairs install (first-run setup with the built-in plan), as the receiver of the station's files. */
export function freshTarget(dir: string): Core {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const core = openCore({ dbFile: path.join(dir, 'target.sqlite') });
  setup(core.ctx, { orgName: ORGS[0]!.name, orgShortName: ORGS[0]!.shortName, userName: ORGS[0]!.editors[0]!, role: 'editor', withSample: true });
  return core;
}

/** Open a generated dataset with its exports and backups kept out of the cache folder. */
export function openDataset(dbFile: string, scratch: string): Core {
  fs.mkdirSync(scratch, { recursive: true });
  return openCore({ dbFile, dataDir: scratch });
}

export function planOfYear(core: Core, year: number): string | null {
  const r = core.ctx.db.prepare('SELECT id FROM plans WHERE year = ? ORDER BY number LIMIT 1').get(year) as { id: string } | undefined;
  return r?.id ?? null;
}
