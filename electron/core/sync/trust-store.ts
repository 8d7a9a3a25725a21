import type { Db } from '../db/open';
import { fingerprintOf } from './keys';
import type { FileHeader } from '../../../shared/domain/sync/file-header';

export type TrustState = 'pending' | 'trusted' | 'refused';

export interface KnownInstall {
  installId: string;
  orgId: string;
  orgName: string | null;
  installName: string;
  publicKey: string;
  fingerprint: string;
  trust: TrustState;
  firstSeenAt: string;
  decidedAt: string | null;
  lastFile: string | null;
  lastFileAt: string | null;
  lastChangeAt: string | null;
  known: Record<string, number>;
}

const SELECT = `SELECT install_id AS installId, org_id AS orgId, org_name AS orgName, install_name AS installName,
  public_key AS publicKey, fingerprint, trust, first_seen_at AS firstSeenAt, decided_at AS decidedAt,
  last_file AS lastFile, last_file_at AS lastFileAt, last_change_at AS lastChangeAt, known FROM sync_installs`;

function toInstall(r: Omit<KnownInstall, 'known'> & { known: string | null }): KnownInstall {
  return { ...r, known: r.known ? (JSON.parse(r.known) as Record<string, number>) : {} };
}

export function getInstall(db: Db, installId: string): KnownInstall | undefined {
  const r = db.prepare(`${SELECT} WHERE install_id = ?`).get(installId) as (Omit<KnownInstall, 'known'> & { known: string | null }) | undefined;
  return r ? toInstall(r) : undefined;
}

export function listInstalls(db: Db): KnownInstall[] {
  return (db.prepare(`${SELECT} ORDER BY org_name, install_name, install_id`).all() as Array<Omit<KnownInstall, 'known'> & { known: string | null }>).map(
    toInstall,
  );
}

/** First sight of an install: remember who it says it is and its key, waiting for a person (or already trusted). */
export function addInstall(db: Db, h: Pick<FileHeader, 'install' | 'org' | 'orgName' | 'installName' | 'publicKey'>, trust: TrustState, nowIso: string): void {
  db.prepare(
    `INSERT INTO sync_installs (install_id, org_id, org_name, install_name, public_key, fingerprint, trust, first_seen_at, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (install_id) DO NOTHING`,
  ).run(h.install, h.org, h.orgName, h.installName, h.publicKey, fingerprintOf(h.publicKey), trust, nowIso, trust === 'pending' ? null : nowIso);
}

export function setTrust(db: Db, installId: string, trust: TrustState, nowIso: string, vouchedBy: string | null = null): void {
  db.prepare('UPDATE sync_installs SET trust = ?, decided_at = ?, vouched_by = ? WHERE install_id = ?').run(trust, nowIso, vouchedBy, installId);
}

export function noteFileImported(
  db: Db,
  h: Pick<FileHeader, 'install' | 'known' | 'orgName' | 'installName'>,
  fileName: string,
  nowIso: string,
  lastChangeAt: string | null,
): void {
  db.prepare(
    `UPDATE sync_installs SET last_file = ?, last_file_at = ?, known = ?, org_name = COALESCE(?, org_name), install_name = ?,
       last_change_at = CASE WHEN ? IS NOT NULL AND (last_change_at IS NULL OR last_change_at < ?) THEN ? ELSE last_change_at END
     WHERE install_id = ?`,
  ).run(fileName, nowIso, JSON.stringify(h.known), h.orgName, h.installName, lastChangeAt, lastChangeAt, lastChangeAt, h.install);
}
