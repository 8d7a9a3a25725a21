import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { AppError } from '../../../shared/contract/errors';
import { normaliseFingerprintInput } from '../../../shared/domain/sync/fingerprint';
import { foldVi as foldForMatch } from '../../../shared/domain/fold';
import { getInstall, listInstalls, setTrust, type KnownInstall, type TrustState } from './trust-store';
import { getOrg, listOrgs, logEvent, noteOrg, setOrgTrust, type KnownOrg } from './trust-orgs';
import { recordFile } from './files-repo';
import { filesWaitingFor, importFiles, type ImportOptions, type ImportSummary } from './importer';
import type { RunImport } from './import-runner';
import { stmt } from './statements';

/** The install a person means by a typed fingerprint (or its first 8+ hex digits). */
export function findByFingerprint(db: Db, input: string): KnownInstall {
  const hex = normaliseFingerprintInput(input);
  if (!hex) throw new AppError('invalid_input', 'Dấu vân tay khóa phải có ít nhất 8 chữ số thập lục phân (0-9, a-f).', { field: 'fingerprint' });
  const matches = listInstalls(db).filter((i) => i.fingerprint.startsWith(hex));
  if (matches.length === 0) throw new AppError('not_found', `Không có máy nào có dấu vân tay khóa bắt đầu bằng "${input}".`, { field: 'fingerprint' });
  if (matches.length > 1)
    throw new AppError('invalid_input', `Có nhiều máy có dấu vân tay bắt đầu bằng "${input}"; hãy nhập dài hơn.`, { field: 'fingerprint' });
  return matches[0]!;
}

/** The organisation a person means by its name (accents, case and spacing ignored) or its id. */
export function findOrg(db: Db, input: string): KnownOrg {
  const key = foldForMatch(input);
  const orgs = listOrgs(db);
  const exact = orgs.filter((o) => o.orgId === input.trim() || foldForMatch(o.orgName ?? '') === key);
  const matches = exact.length > 0 ? exact : orgs.filter((o) => foldForMatch(o.orgName ?? '').includes(key));
  if (matches.length === 0) throw new AppError('not_found', `Không có đơn vị nào tên "${input}" trong danh sách đơn vị đã gửi tệp.`, { field: 'org' });
  if (matches.length > 1) {
    throw new AppError('invalid_input', `Có nhiều đơn vị khớp "${input}": ${matches.map((o) => o.orgName ?? o.orgId).join('; ')}. Hãy ghi đầy đủ tên.`, {
      field: 'org',
    });
  }
  return matches[0]!;
}

/**
 * A person accepted these installs (one, or every waiting install of an organisation): trust them and import the
 * files that were waiting for them. Accepting a PC of this install's own organisation also vouches for it, so the
 * offices that trust the organisation accept it without asking anybody (vouch-table.ts).
 */
async function accept(
  db: Db,
  writer: ChangeWriter,
  installs: readonly KnownInstall[],
  ownOrg: string | null,
  vouch: Vouch,
  opts: ImportOptions,
  run: RunImport,
): Promise<ImportSummary> {
  const nowIso = new Date((opts.now ?? Date.now)()).toISOString();
  db.transaction(() => {
    for (const i of installs) {
      setTrust(db, i.installId, 'trusted', nowIso);
      noteOrg(db, i.orgId, i.orgName);
      setOrgTrust(db, i.orgId, 'trusted', nowIso);
      logEvent(db, {
        at: nowIso,
        kind: 'trusted',
        message: `Người dùng đã chấp nhận máy "${i.installName}" (${i.orgName ?? i.orgId}).`,
        installId: i.installId,
        orgId: i.orgId,
      });
      if (ownOrg !== null && i.orgId === ownOrg) vouch(i);
    }
  })();
  return run(
    filesWaitingFor(
      db,
      installs.map((i) => i.installId),
    ),
    opts,
  );
}

/** Writes this organisation's signed word on one of its installs (a change through the write path). */
export type Vouch = (install: KnownInstall) => void;

export async function acceptInstall(
  db: Db,
  writer: ChangeWriter,
  installId: string,
  ownOrg: string | null,
  vouch: Vouch,
  opts: ImportOptions,
  run: RunImport = (f, o) => importFiles(db, writer, f, o),
): Promise<ImportSummary> {
  const known = getInstall(db, installId);
  if (!known) throw new AppError('not_found', `Không tìm thấy máy ${installId} trong danh sách máy đã gửi tệp.`);
  return accept(db, writer, [known], ownOrg, vouch, opts, run);
}

/** Accept an organisation: every one of its installs waiting now (later ones need their organisation's vouch, or a person). */
export async function acceptOrg(
  db: Db,
  writer: ChangeWriter,
  orgId: string,
  ownOrg: string | null,
  vouch: Vouch,
  opts: ImportOptions,
  run: RunImport = (f, o) => importFiles(db, writer, f, o),
): Promise<ImportSummary> {
  const waiting = listInstalls(db).filter((i) => i.orgId === orgId && i.trust === 'pending');
  if (waiting.length === 0) {
    setOrgTrust(db, orgId, 'trusted', new Date((opts.now ?? Date.now)()).toISOString());
    return { applied: 0, duplicates: 0, conflicts: 0, pending: [], rejected: [], files: [] };
  }
  return accept(db, writer, waiting, ownOrg, vouch, opts, run);
}

function refuse(db: Db, installs: readonly KnownInstall[], nowIso: string, why: string): void {
  for (const i of installs) {
    setTrust(db, i.installId, 'refused', nowIso);
    logEvent(db, { at: nowIso, kind: 'refused', message: `${why}: máy "${i.installName}" (${i.orgName ?? i.orgId}).`, installId: i.installId, orgId: i.orgId });
    // Files that waited only for it: to quarantine; files that wait for others too stay pending for them.
    const files = stmt(
      db,
      `SELECT f.file_hash AS fileHash, f.file_name AS fileName, f.install_id AS installId, f.stored_path AS storedPath, f.changes, f.applied
       FROM sync_file_waits w JOIN sync_files f ON f.file_hash = w.file_hash WHERE w.install_id = ? AND f.status = 'pending'`,
    ).all(i.installId) as Array<{ fileHash: string; fileName: string; installId: string | null; storedPath: string | null; changes: number; applied: number }>;
    stmt(db, 'DELETE FROM sync_file_waits WHERE install_id = ?').run(i.installId);
    for (const f of files) {
      const others = stmt(db, 'SELECT 1 FROM sync_file_waits WHERE file_hash = ?').get(f.fileHash);
      if (others) continue;
      recordFile(db, { ...f, status: 'quarantined', reasonCode: 'refused_install', reason: `Người dùng đã từ chối máy "${i.installName}".`, at: nowIso });
    }
  }
}

/** A person refused this install: its changes never enter, directly or relayed. */
export function refuseInstall(db: Db, installId: string, nowIso: string): void {
  const known = getInstall(db, installId);
  if (!known) throw new AppError('not_found', `Không tìm thấy máy ${installId} trong danh sách máy đã gửi tệp.`);
  db.transaction(() => refuse(db, [known], nowIso, 'Người dùng đã từ chối'))();
}

/** A person refused an organisation: every install of it, known now or later, is refused. */
export function refuseOrg(db: Db, orgId: string, nowIso: string): void {
  if (!getOrg(db, orgId)) throw new AppError('not_found', `Không tìm thấy đơn vị ${orgId} trong danh sách đơn vị đã gửi tệp.`, { field: 'org' });
  db.transaction(() => {
    setOrgTrust(db, orgId, 'refused' satisfies TrustState, nowIso);
    refuse(
      db,
      listInstalls(db).filter((i) => i.orgId === orgId && i.trust !== 'refused'),
      nowIso,
      'Người dùng đã từ chối cả đơn vị',
    );
  })();
}
