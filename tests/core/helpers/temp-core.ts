import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';

export interface TempCore {
  core: Core;
  dir: string;
  dbFile: string;
  cleanup(): void;
}

/** A real core on a real SQLite file in a fresh temp folder. */
export function tempCore(options: { setup?: boolean } = {}): TempCore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-core-'));
  const dbFile = path.join(dir, 'data.sqlite');
  const core = openCore({ dbFile });
  if (options.setup) {
    core.handlers['app:setup']({ orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn An', role: 'editor', withSample: false });
  }
  return {
    core,
    dir,
    dbFile,
    cleanup() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every user table's rows, for "nothing changed" assertions. */
export function dumpTables(core: Core): string {
  const db = core.ctx.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}
