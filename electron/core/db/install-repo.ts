import type { Db } from './open';

/** The install row (id 1): who this computer is in sync. Its keys and clock have their own readers in sync/. */

export function installIdOf(db: Db): string | null {
  return (db.prepare('SELECT install_id AS id FROM install WHERE id = 1').get() as { id: string } | undefined)?.id ?? null;
}

export function insertInstall(db: Db, row: { installId: string; installName: string; createdAt: string; publicKey: string; privateKey: string }): void {
  db.prepare('INSERT INTO install (id, install_id, install_name, created_at, public_key, private_key) VALUES (1, ?, ?, ?, ?, ?)').run(
    row.installId,
    row.installName,
    row.createdAt,
    row.publicKey,
    row.privateKey,
  );
}
