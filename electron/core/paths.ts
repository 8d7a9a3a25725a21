import os from 'node:os';
import path from 'node:path';

/** Folder name under the OS's per-user app-data location. ASCII on purpose: some Windows tools mangle diacritics in paths. */
const APP_FOLDER = 'LichTuyenTruyen';
const DB_FILE_NAME = 'lich-tuyen-truyen.sqlite';

/**
 * The per-user app-data folder, computed the same way for the desktop app and the CLI
 * (the desktop app sets Electron's userData to this, so both open the same database).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.LTT_DATA_DIR) return path.resolve(env.LTT_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** `--db FILE` wins, then `LTT_DB`, then the default location. */
export function resolveDbPath(opts: { db?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const env = opts.env ?? process.env;
  if (opts.db) return path.resolve(opts.db);
  if (env.LTT_DB) return path.resolve(env.LTT_DB);
  return path.join(defaultDataDir(env), DB_FILE_NAME);
}

/** The data folder that belongs to a database file (evidence files, exports, backups, crash reports live beside it). */
export function dataDirFor(dbFile: string): string {
  return path.dirname(path.resolve(dbFile));
}
