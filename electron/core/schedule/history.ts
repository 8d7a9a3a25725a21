import type { Db } from '../db/open';
import type { HistoryEntry } from '../../../shared/contract/items';
import { formatViDate, isValidIsoDate } from '../../../shared/domain/dates';
import { KIND_LABELS, OUTLET_LABELS, statusLabel } from '../../../shared/domain/schedule/labels';
import type { ItemKind, ItemStatus, Outlet } from '../../../shared/domain/types';
import { taskCodesById } from './plan-tasks';

const LABELS: Record<string, string> = {
  kind: 'Loại',
  title: 'Tiêu đề',
  description: 'Mô tả',
  topics: 'Chủ đề',
  outlet: 'Kênh',
  plannedDate: 'Ngày dự kiến',
  plannedTime: 'Giờ',
  durationMin: 'Thời lượng (phút)',
  taskIds: 'Nhiệm vụ',
  editor: 'Biên tập',
  producer: 'Sản xuất',
  notes: 'Ghi chú',
  status: 'Trạng thái',
  statusReason: 'Lý do',
  doneAt: 'Ngày phát sóng/đăng',
  doneTime: 'Giờ phát sóng/đăng',
  doneDurationMin: 'Thời lượng thực tế (phút)',
  doneSlot: 'Khung giờ/chương trình',
  doneIssueNo: 'Số báo',
  donePage: 'Trang',
  doneLink: 'Đường dẫn',
  evidenceFile: 'Tệp minh chứng',
  evidenceSha256: 'Mã băm minh chứng',
  markedBy: 'Người đánh dấu',
  deleted: 'Đã xóa',
};
/** Bookkeeping fields that are not worth a line in the history. */
const HIDDEN = new Set(['orgId', 'createdAt', 'markedAt', 'seriesId', 'occurrence', 'evidenceSha256']);

function hlcTime(hlc: string): string {
  return new Date(parseInt(hlc.slice(0, 12), 16)).toISOString();
}

/**
 * An item's history, read from the change log (every change to a synced row is there, ours and other
 * installs'): one entry per changed field, oldest first, with who and when. Nothing is stored twice.
 * Creating an item is one user action and one line ("Tạo mục"): the other groups written in the same
 * transaction are its first values, not changes. The kind group's first value follows the create's kind.
 */
export function itemHistory(db: Db, itemId: string): HistoryEntry[] {
  const rows = db.prepare(`SELECT grp, value, hlc, actor, tx FROM change_log WHERE tbl = 'items' AND row_id = ? ORDER BY hlc`).all(itemId) as Array<{
    grp: string;
    value: string;
    hlc: string;
    actor: string | null;
    tx: string;
  }>;
  const codes = taskCodesById(db);
  const outlet = (): Outlet => (last.get('content')?.outlet as Outlet | undefined) ?? 'tv';
  const show = (field: string, v: unknown): string | null => {
    if (v === null || v === undefined || v === '') return null;
    if (field === 'status') return statusLabel(v as ItemStatus, outlet());
    if (field === 'kind') return KIND_LABELS[v as ItemKind] ?? String(v);
    if (field === 'outlet') return OUTLET_LABELS[v as Outlet] ?? String(v);
    if (field === 'taskIds' && Array.isArray(v)) return v.map((t) => codes.get(String(t))?.code ?? String(t)).join(', ') || null;
    if (Array.isArray(v)) return v.join(', ') || null;
    if (typeof v === 'string' && isValidIsoDate(v)) return formatViDate(v);
    if (typeof v === 'boolean') return v ? 'Có' : 'Không';
    return String(v);
  };
  const last = new Map<string, Record<string, unknown>>();
  const out: HistoryEntry[] = [];
  let createTx: string | null = null;
  for (const r of rows) {
    const value = JSON.parse(r.value) as Record<string, unknown>;
    const before = last.get(r.grp) ?? (r.grp === 'kind' ? { kind: last.get('create')?.kind } : {});
    last.set(r.grp, value);
    const at = hlcTime(r.hlc);
    if (r.grp === 'create') {
      createTx = r.tx;
      out.push({ at, actor: r.actor, field: 'create', label: 'Tạo mục', from: null, to: show('kind', value.kind) });
      continue;
    }
    if (r.tx === createTx) continue;
    for (const field of Object.keys({ ...before, ...value })) {
      if (HIDDEN.has(field)) continue;
      const from = show(field, before[field]);
      const to = show(field, value[field]);
      if (from === to) continue;
      out.push({ at, actor: r.actor, field, label: LABELS[field] ?? field, from, to });
    }
  }
  return out;
}
