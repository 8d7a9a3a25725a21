import Database from 'better-sqlite3';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';
import { signIn, tempDir } from '../../core/schedule/helpers';

/** How many entries the change log holds: a command that must write nothing leaves it as it was. */
export function changeCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A new database in a temp folder, opened by the core and signed in as an editor, for a test to seed before `ltt` reads it. */
export async function signedInCore(): Promise<{ dir: string; file: string; core: Core }> {
  const dir = tempDir();
  const file = path.join(dir, 'ltt.sqlite');
  const core = openCore({ dbFile: file });
  await signIn(core, 'Nguyễn Văn An');
  return { dir, file, core };
}
