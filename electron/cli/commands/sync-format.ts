import type { SyncConflictView, SyncImportResult, SyncStatus } from '../../../shared/contract/sync';
// Every name, file name and value here came from another office's file: each goes through shown() (as t).
import { shown, shown as t } from '../terminal-text';
import { shortFingerprint } from '../../../shared/domain/sync/fingerprint';
import { formatViDateTime as viDateTime } from '../../../shared/domain/dates';

const OUTCOME: Record<string, string> = { applied: 'đã nhập', duplicate: 'đã có', pending: 'chờ chấp nhận', rejected: 'bị từ chối', skipped: 'bỏ qua' };

export function formatImport(r: SyncImportResult): string {
  const lines = [`Đã nhận ${r.applied} thay đổi mới, ${r.duplicates} đã có, ${r.conflicts} xung đột mới.`];
  for (const f of r.files ?? [])
    lines.push(`  ${t(f.file)}: ${OUTCOME[f.status] ?? f.status}${f.applied ? ` (${f.applied} thay đổi)` : ''}${f.reason ? ` — ${t(f.reason)}` : ''}`);
  for (const p of r.pending) {
    lines.push(
      `Chờ chấp nhận: ${t(p.file)} — máy "${t(p.installName ?? p.install)}" (${t(p.orgName ?? '?')}), dấu vân tay ${p.fingerprint ?? '?'}. Chấp nhận cả đơn vị: ltt sync trust --org "${t(p.orgName ?? '')}"`,
    );
  }
  for (const x of r.rejected) lines.push(`Bị từ chối: ${t(x.file)}\n  Lý do: ${t(x.reason)}`);
  return lines.join('\n');
}

export function formatSyncStatus(s: SyncStatus): string {
  const lines = [
    `Máy này: ${shown(s.me.installName)} (${shown(s.me.orgName ?? 'chưa thiết lập')}), mã ${s.me.installId}`,
    `Dấu vân tay khóa: ${s.me.fingerprint}`,
    `Thư mục đồng bộ: ${shown(s.folder.path ?? '(chưa chọn)')}; lần xuất cuối: ${viDateTime(s.lastExportAt)}; chưa xuất: ${s.unexported} thay đổi`,
    `Xung đột chưa giải quyết: ${s.openConflicts}; tệp bị cách ly: ${s.quarantined}; tệp chờ chấp nhận: ${s.pendingFiles}${s.parked ? `; thay đổi chờ bản cập nhật: ${s.parked}` : ''}`,
  ];
  if (s.installs.length === 0) lines.push('Chưa nhận tệp nào từ máy khác.');
  for (const i of s.installs) {
    const gaps = i.gaps.length ? `; còn thiếu ${i.gaps.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')}` : '';
    lines.push(
      `- ${t(i.orgName ?? i.orgId)} / ${t(i.installName ?? i.installId)} [${i.trust}]: ${i.changes} thay đổi (đến số ${i.maxSeq}${gaps}); tệp cuối ${t(i.lastFile ?? '—')} lúc ${viDateTime(i.lastFileAt)}; thay đổi cuối ${viDateTime(i.lastChangeAt)}`,
    );
  }
  return lines.join('\n');
}

export function formatInstalls(
  list: Array<{ installId: string; orgName: string | null; orgId: string; installName: string; fingerprint: string; trust: string }>,
): string {
  if (list.length === 0) return 'Chưa biết máy nào.';
  return list
    .map(
      (k) => `${shortFingerprint(k.fingerprint.replace(/[^0-9a-f]/g, ''))}  ${k.trust}  ${t(k.orgName ?? k.orgId)} / ${t(k.installName)} (${t(k.installId)})`,
    )
    .join('\n');
}

export function formatConflicts(list: SyncConflictView[]): string {
  if (list.length === 0) return 'Không có xung đột nào.';
  return list
    .map((c) =>
      [
        `#${c.id} ${shown(c.label)} (${c.table}, nhóm ${shown(c.group)})${c.kind === 'deleted' ? ' — sửa trong lúc máy khác xóa' : ''}`,
        `  Đang dùng: ${JSON.stringify(c.winner.value)} — ${shown(c.winner.installName ?? c.winner.install)}, ${viDateTime(c.winner.at)}`,
        `  Bị thay:   ${JSON.stringify(c.loser.value)} — ${shown(c.loser.installName ?? c.loser.install)}, ${viDateTime(c.loser.at)}`,
      ].join('\n'),
    )
    .join('\n');
}
