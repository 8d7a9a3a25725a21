import fs from 'node:fs';
import type { Db } from '../db/open';
import type { ChangeWriter } from './write-path';
import { AppError } from '../../../shared/contract/errors';
import { normaliseFingerprintInput } from '../../../shared/domain/sync/fingerprint';
import { getInstall, listInstalls, setTrust, type KnownInstall } from './trust-store';
import { pendingFilesOf, recordFile } from './files-repo';
import { importFiles, type ImportOptions, type ImportSummary } from './importer';
import type { RunImport } from './import-runner';

/** The install a person means by a typed fingerprint (or its first 8+ hex digits). */
export function findByFingerprint(db: Db, input: string): KnownInstall {
  const hex = normaliseFingerprintInput(input);
  if (!hex) throw new AppError('invalid_input', 'Dấu vân tay khóa phải có ít nhất 8 chữ số thập lục phân (0-9, a-f).', { field: 'fingerprint' });
  const matches = listInstalls(db).filter((i) => i.fingerprint.startsWith(hex));
  if (matches.length === 0) throw new AppError('not_found', `Không có máy nào có dấu vân tay khóa bắt đầu bằng "${input}".`, { field: 'fingerprint' });
  if (matches.length > 1) throw new AppError('invalid_input', `Có nhiều máy có dấu vân tay bắt đầu bằng "${input}"; hãy nhập dài hơn.`, { field: 'fingerprint' });
  return matches[0]!;
}

/** A person accepted this install's key: trust it and import the files that were waiting for it. */
export async function acceptInstall(
  db: Db,
  writer: ChangeWriter,
  installId: string,
  opts: ImportOptions,
  run: RunImport = (files, o) => importFiles(db, writer, files, o),
): Promise<ImportSummary> {
  const known = getInstall(db, installId);
  if (!known) throw new AppError('not_found', `Không tìm thấy máy ${installId} trong danh sách máy đã gửi tệp.`);
  const nowIso = new Date((opts.now ?? Date.now)()).toISOString();
  setTrust(db, installId, 'trusted', nowIso);
  const files = pendingFilesOf(db, installId)
    .map((f) => f.storedPath)
    .filter((p): p is string => p !== null && fs.existsSync(p));
  return run(files, opts);
}

/** A person refused this install: its waiting files go to quarantine and later files are refused. */
export function refuseInstall(db: Db, installId: string, nowIso: string): void {
  const known = getInstall(db, installId);
  if (!known) throw new AppError('not_found', `Không tìm thấy máy ${installId} trong danh sách máy đã gửi tệp.`);
  db.transaction(() => {
    setTrust(db, installId, 'refused', nowIso);
    for (const f of pendingFilesOf(db, installId)) {
      recordFile(db, { ...f, status: 'quarantined', reasonCode: 'refused_install', reason: `Người dùng đã từ chối máy "${known.installName}".`, at: nowIso });
    }
  })();
}
