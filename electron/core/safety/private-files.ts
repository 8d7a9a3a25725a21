import fs from 'node:fs';

/**
 * IMPORTANT: the database holds this install's private signing key (table `install`), and so do its
 * -wal (recent pages) and every backup. On POSIX they are readable by their owner only; on Windows
 * the per-user app-data folder's ACL already gives that, and chmod only toggles read-only there.
 */
const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const posix = process.platform !== 'win32';

/** chmod 600 when the file exists and is ours to change; never fails the caller (a foreign file stays as it is). */
export function restrictToOwner(file: string): void {
  if (!posix) return;
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch {
    // missing, or not ours: nothing to tighten
  }
}

/** The database file and the files SQLite keeps beside it. */
export function restrictDatabaseFiles(dbFile: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) restrictToOwner(`${dbFile}${suffix}`);
}

/**
 * Create an empty file readable by its owner only (`wx`: never an existing one). SQLite then creates
 * -wal/-shm with the same mode as the database, and `VACUUM INTO` accepts an empty target file.
 */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
}

/** mkdir -p for folders of ours that hold private copies (backups, restore staging): owner only. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) {
    try {
      fs.chmodSync(dir, PRIVATE_DIR_MODE);
    } catch {
      // not ours (a folder the user pointed us to): leave it
    }
  }
}
