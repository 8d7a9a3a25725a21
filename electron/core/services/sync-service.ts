import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ioErrorToAppError } from '../safety/io-errors';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/contract/errors';
import * as settingsRepo from '../db/settings-repo';
import { exportChanges, type ExportIdentity, type RelayMode } from '../sync/exporter';
import type { ImportOptions, ImportSummary } from '../sync/importer';
import { syncFolder } from '../sync/sync-folder';
import { acceptInstall, acceptOrg, refuseInstall, refuseOrg, type Vouch } from '../sync/trust-actions';
import { getInstall, type KnownInstall } from '../sync/trust-store';
import { getOrg } from '../sync/trust-orgs';
import { VOUCH_TABLE, vouchRowId } from '../sync/vouch-table';
import { knownVector } from '../sync/segments-repo';
import { formatFingerprint } from '../../../shared/domain/sync/fingerprint';
import { getConflict, installIdentity, organisationName } from '../sync/status-repo';
import { canWriteRow } from '../sync/owner-rule';
import { DELETED_GROUP } from '../sync/registry';
import type { SyncExportResult, SyncImportResult, SyncRunResult, SyncStatus } from '../../../shared/contract/sync';

const SETTING_FOLDER = 'sync.folder';
const SETTING_INTERVAL = 'sync.intervalMinutes';
const SETTING_ON_START = 'sync.onStart';

export function syncIdentity(ctx: CoreContext): ExportIdentity {
  const org = ctx.requireOrgId();
  return { org, orgName: organisationName(ctx.db, org), installName: installIdentity(ctx.db).installName };
}

export function importOptions(ctx: CoreContext, trustNew: boolean): ImportOptions {
  return { dataDir: ctx.dataDir, trustNew, now: () => ctx.now().getTime() };
}

export function folderSettings(ctx: CoreContext): SyncStatus['folder'] {
  const p = settingsRepo.get(ctx.db, SETTING_FOLDER);
  return {
    path: p && p.length > 0 ? p : null,
    intervalMinutes: Number(settingsRepo.get(ctx.db, SETTING_INTERVAL) ?? '0') || 0,
    onStart: settingsRepo.get(ctx.db, SETTING_ON_START) === '1',
  };
}

export function setFolder(ctx: CoreContext, input: { path: string | null; intervalMinutes: number; onStart: boolean }): SyncStatus['folder'] {
  const p = input.path?.trim() ?? '';
  if (p && !path.isAbsolute(p))
    throw new AppError('invalid_input', 'Thư mục đồng bộ phải là đường dẫn đầy đủ (ví dụ E:\\DongBo hoặc /media/usb/DongBo).', { field: 'path' });
  ctx.transact(() => {
    settingsRepo.set(ctx.db, SETTING_FOLDER, p);
    settingsRepo.set(ctx.db, SETTING_INTERVAL, String(input.intervalMinutes));
    settingsRepo.set(ctx.db, SETTING_ON_START, input.onStart ? '1' : '0');
  });
  return folderSettings(ctx);
}

function toImportResult(ctx: CoreContext, s: ImportSummary): SyncImportResult {
  return {
    applied: s.applied,
    duplicates: s.duplicates,
    conflicts: s.conflicts,
    files: s.files.map((f) => ({
      file: f.file,
      status: f.status,
      applied: f.applied,
      reason: f.reason ?? (f.notes && f.notes.length > 0 ? f.notes.join(' ') : null),
    })),
    rejected: s.rejected.map((r) => ({ file: r.file, reason: r.reason })),
    pending: s.pending.map((p) => {
      const k = getInstall(ctx.db, p.install);
      return {
        file: p.file,
        install: p.install,
        orgName: k?.orgName ?? null,
        installName: k?.installName ?? null,
        fingerprint: k ? formatFingerprint(k.fingerprint) : null,
      };
    }),
  };
}

/**
 * Write our unexported changes to files: into `outDir`, else the sync folder, else `<data>/exports/sync`. Into the
 * shared sync folder only our own (every install publishes its own there); elsewhere (a USB stick) also what others
 * sent us that the destination lacks; with `all`, the whole history the destination lacks (after a wiped folder).
 */
export function exportNow(ctx: CoreContext, outDir?: string, all = false): SyncExportResult {
  const shared = folderSettings(ctx).path;
  const folder = outDir ? path.resolve(outDir) : (shared ?? path.join(ctx.dataDir, 'exports', 'sync'));
  const relay: RelayMode = all ? 'all' : shared !== null && path.resolve(shared) === folder ? 'none' : 'missing';
  try {
    const r = exportChanges(ctx.db, ctx.writer, syncIdentity(ctx), { outDir: folder, relay, now: () => ctx.now().getTime() });
    return { ...r, folder };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('io_error', `Không ghi được tệp đồng bộ vào "${folder}": ${(error as Error).message}. Hãy kiểm tra thư mục và quyền ghi.`, {
      file: folder,
    });
  }
}

export async function importPaths(ctx: CoreContext, files: readonly string[], trustNew: boolean): Promise<SyncImportResult> {
  ctx.requireOrgId();
  return toImportResult(
    ctx,
    await ctx.runImport(
      files.map((f) => path.resolve(f)),
      importOptions(ctx, trustNew),
    ),
  );
}

/**
 * Write an uploaded file into the inbox under temp + rename, so a full disk leaves no truncated copy
 * that a retry would then import as a damaged file; an existing copy with other bytes is replaced.
 */
function keepInInbox(file: string, bytes: Buffer): void {
  try {
    if (fs.readFileSync(file).equals(bytes)) return;
  } catch {
    // not there yet
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw ioErrorToAppError(error, file, 'write') ?? error;
  }
}

/** Files picked in the UI arrive as base64: kept in `<data>/sync/inbox` (never deleted), then imported. */
export async function importUploaded(
  ctx: CoreContext,
  files: ReadonlyArray<{ fileName: string; contentBase64: string }>,
  trustNew: boolean,
): Promise<SyncImportResult> {
  const inbox = path.join(ctx.dataDir, 'sync', 'inbox');
  fs.mkdirSync(inbox, { recursive: true });
  const paths = files.map((f) => {
    const bytes = Buffer.from(f.contentBase64, 'base64');
    const safe =
      path
        .basename(f.fileName)
        .replace(/[^\p{L}\p{N}._-]/gu, '_')
        .slice(0, 200) || 'tep-dong-bo.lttsync';
    const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 8);
    const p = path.join(inbox, `${hash}-${safe}`);
    keepInInbox(p, bytes);
    return p;
  });
  const r = await importPaths(ctx, paths, trustNew);
  const shown = new Map(paths.map((p, i) => [p, files[i]!.fileName]));
  return {
    ...r,
    rejected: r.rejected.map((x) => ({ ...x, file: shown.get(x.file) ?? x.file })),
    pending: r.pending.map((x) => ({ ...x, file: shown.get(x.file) ?? x.file })),
  };
}

/** "Đồng bộ ngay" with the chosen folder. */
export async function runFolderSync(ctx: CoreContext): Promise<SyncRunResult> {
  const folder = folderSettings(ctx).path;
  if (!folder)
    throw new AppError('invalid_input', 'Chưa chọn thư mục đồng bộ. Hãy chọn thư mục (USB, thư mục mạng hoặc thư mục được đồng bộ) trong mục Đồng bộ.', {
      field: 'path',
    });
  const r = await syncFolder(ctx.db, ctx.writer, syncIdentity(ctx), folder, importOptions(ctx, false), ctx.runImport);
  const result = toImportResult(ctx, r.imported);
  const skipped = r.skipped.map((x) => ({ file: x.file, status: 'skipped' as const, applied: 0, reason: x.note }));
  const files = [...(result.files ?? []).filter((f) => f.status !== 'skipped'), ...skipped];
  return { ...result, files, exported: { ...r.exported, folder }, message: r.message };
}

/** This organisation's signed word on one of its own PCs: travels in our next file (vouch-table.ts). */
function vouchWriter(ctx: CoreContext): Vouch {
  return (install: KnownInstall) => {
    const org = ctx.requireOrgId();
    const rowId = vouchRowId(org, install.installId);
    ctx.write([
      { table: VOUCH_TABLE, rowId, group: 'create', value: { orgId: org, installId: install.installId } },
      {
        table: VOUCH_TABLE,
        rowId,
        group: 'key',
        value: { publicKey: install.publicKey, installName: install.installName, vouchedAt: ctx.now().toISOString() },
      },
    ]);
  };
}

const NOTHING: SyncImportResult = { applied: 0, duplicates: 0, conflicts: 0, rejected: [], pending: [] };

export async function decideTrust(ctx: CoreContext, installId: string, accept: boolean): Promise<SyncImportResult> {
  if (accept)
    return toImportResult(ctx, await acceptInstall(ctx.db, ctx.writer, installId, ctx.orgId(), vouchWriter(ctx), importOptions(ctx, false), ctx.runImport));
  refuseInstall(ctx.db, installId, ctx.now().toISOString());
  return NOTHING;
}

/** Accept (every waiting PC of) or refuse (every PC, now and later, of) an organisation. */
export async function decideOrgTrust(ctx: CoreContext, orgId: string, accept: boolean): Promise<SyncImportResult> {
  if (!getOrg(ctx.db, orgId)) throw new AppError('not_found', 'Không tìm thấy đơn vị này trong danh sách đơn vị đã gửi tệp.', { field: 'org' });
  if (accept) return toImportResult(ctx, await acceptOrg(ctx.db, ctx.writer, orgId, ctx.orgId(), vouchWriter(ctx), importOptions(ctx, false), ctx.runImport));
  refuseOrg(ctx.db, orgId, ctx.now().toISOString());
  return NOTHING;
}

/**
 * A lost or stolen PC of our own organisation: our signed word that its changes after the last one we hold are not
 * its owner's. Every office refuses them once this arrives (segment-trust.ts); this install at once.
 */
export function revokeInstall(ctx: CoreContext, installId: string, reason: string): { revokedAfterSeq: number } {
  const org = ctx.requireOrgId();
  const known = getInstall(ctx.db, installId);
  if (!known || known.orgId !== org) {
    throw new AppError('forbidden', 'Chỉ thu hồi được máy của chính đơn vị mình mà máy này đã nhận tệp.', { field: 'installId' });
  }
  if (installId === ctx.writer.installId) throw new AppError('invalid_input', 'Không thể thu hồi chính máy đang dùng.', { field: 'installId' });
  const revokedAfterSeq = knownVector(ctx.db)[installId] ?? 0;
  const rowId = vouchRowId(org, installId);
  ctx.transact(() =>
    ctx.write([
      { table: VOUCH_TABLE, rowId, group: 'create', value: { orgId: org, installId } },
      {
        table: VOUCH_TABLE,
        rowId,
        group: 'revoke',
        value: { revokedAfterSeq, revokedAt: ctx.now().toISOString(), reason: reason.trim() || 'Máy bị mất hoặc bị lấy cắp.' },
      },
    ]),
  );
  return { revokedAfterSeq };
}

/**
 * Resolve a conflict by writing a new change that knowingly replaces the loser, so the resolution
 * travels to every install. For an edit made during a delete: 'winner' keeps the row deleted, 'loser' restores it.
 */
export function resolveConflict(ctx: CoreContext, id: number, pick: 'winner' | 'loser'): { resolved: true } {
  const org = ctx.requireOrgId();
  const c = getConflict(ctx.db, id);
  if (!c) throw new AppError('not_found', 'Xung đột này không còn (có thể đã được giải quyết ở máy khác).', { id });
  if (!canWriteRow(ctx.db, c.tbl, c.row_id, org)) {
    throw new AppError('forbidden', 'Dữ liệu này thuộc đơn vị khác: chỉ đơn vị đó mới giải quyết được xung đột.', { id });
  }
  const winnerValue = JSON.parse(c.winner_value) as Record<string, unknown>;
  const deleteConflict = c.grp !== DELETED_GROUP && winnerValue.deleted === true && Object.keys(winnerValue).length === 1;
  ctx.transact(() => {
    if (deleteConflict) {
      ctx.write([{ table: c.tbl, rowId: c.row_id, group: DELETED_GROUP, value: { deleted: pick === 'winner' }, supersedes: [c.loser_hlc] }]);
    } else {
      const value = JSON.parse(pick === 'winner' ? c.winner_value : c.loser_value) as Record<string, unknown>;
      ctx.write([{ table: c.tbl, rowId: c.row_id, group: c.grp, value, supersedes: [c.loser_hlc] }]);
    }
  });
  return { resolved: true };
}
