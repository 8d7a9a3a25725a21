import type { Db } from '../db/open';
import type { Amendment } from '../../../shared/domain/compliance-types';
import { formatViDate, isValidIsoDate } from '../../../shared/domain/dates';
import { decodeHlc } from '../../../shared/domain/hlc';
import type { MonthCloseRow } from './month-close-repo';
import type { LogRecord } from '../sync/log-record';

export const ITEMS_TABLE = 'items';

/** The fields of a logged change an amendment reads. */
type AmendingChange = Pick<LogRecord, 'tx' | 'rowId' | 'group' | 'valueJson' | 'hlc' | 'actor'>;

function parse(value: string): Record<string, unknown> {
  try {
    const v = JSON.parse(value) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const STATUS_WORDS: Record<string, string> = {
  planned: 'đã lên lịch',
  in_production: 'đang sản xuất',
  ready: 'sẵn sàng',
  done: 'đã thực hiện',
  postponed: 'hoãn',
  cancelled: 'hủy',
};

/** One Vietnamese line saying what a change did, from the fields it carries. */
function summariseChange(group: string, v: Record<string, unknown>): string {
  const parts: string[] = [];
  if (group === 'create') parts.push('Thêm mới');
  if (group === 'deleted') parts.push(v.deleted === true ? 'Xóa' : 'Khôi phục');
  if (typeof v.status === 'string') parts.push(`Trạng thái: ${STATUS_WORDS[v.status] ?? v.status}`);
  const doneAt = 'doneAt' in v ? v.doneAt : v.at;
  if (typeof doneAt === 'string' && isValidIsoDate(doneAt)) parts.push(`Ngày thực hiện ${formatViDate(doneAt)}`);
  else if (doneAt === null) parts.push('Bỏ đánh dấu đã thực hiện');
  if (typeof v.plannedDate === 'string' && isValidIsoDate(v.plannedDate)) parts.push(`Ngày dự kiến ${formatViDate(v.plannedDate)}`);
  if (Array.isArray(v.taskIds)) parts.push('Đổi nhiệm vụ');
  if (typeof v.title === 'string' && parts.length === 0) parts.push('Sửa tên, nội dung');
  return parts.length > 0 ? parts.join('; ') : `Sửa thông tin (${group})`;
}

/**
 * Changes to items of closed months made after the close, derived from the change log (nothing is
 * copied when a month is closed). An item belongs to a month when its planned date is or ever was in it,
 * so an episode moved out of a closed month is listed too. "After" means a later clock than the close.
 * With `orgId`, only that organisation's items (their create group names it, and it never changes).
 */
export function deriveAmendments(db: Db, closes: readonly MonthCloseRow[], planTaskIds: ReadonlySet<string>, orgId?: string): Amendment[] {
  const valid = closes.filter((c) => c.closeHlc !== '');
  if (valid.length === 0) return [];
  const earliest = valid.reduce((m, c) => (c.closeHlc < m ? c.closeHlc : m), valid[0]!.closeHlc);
  const changes = db
    .prepare('SELECT tx, row_id AS rowId, grp AS "group", value AS valueJson, hlc, actor FROM change_log WHERE tbl = ? AND hlc > ? ORDER BY hlc')
    .all(ITEMS_TABLE, earliest) as AmendingChange[];
  if (changes.length === 0) return [];

  const rowIds = [...new Set(changes.map((c) => c.rowId))];
  const history = db
    .prepare('SELECT row_id, value FROM change_log WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?))')
    .all(ITEMS_TABLE, JSON.stringify(rowIds)) as Array<{ row_id: string; value: string }>;
  const months = new Map<string, Set<string>>();
  const tasks = new Map<string, Set<string>>();
  const owners = new Map<string, string>();
  for (const h of history) {
    const v = parse(h.value);
    if (typeof v.orgId === 'string') owners.set(h.row_id, v.orgId);
    if (typeof v.plannedDate === 'string') (months.get(h.row_id) ?? months.set(h.row_id, new Set()).get(h.row_id)!).add(v.plannedDate.slice(0, 7));
    if (Array.isArray(v.taskIds)) {
      const set = tasks.get(h.row_id) ?? tasks.set(h.row_id, new Set()).get(h.row_id)!;
      for (const t of v.taskIds) if (typeof t === 'string') set.add(t);
    }
  }
  const current = db.prepare('SELECT id, title, planned_date FROM items WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(rowIds)) as Array<{
    id: string;
    title: string;
    planned_date: string;
  }>;
  const titles = new Map(current.map((r) => [r.id, r.title]));
  for (const r of current) (months.get(r.id) ?? months.set(r.id, new Set()).get(r.id)!).add(r.planned_date.slice(0, 7));
  const titleFromLog = new Map<string, string>();
  for (const h of history) {
    const v = parse(h.value);
    if (typeof v.title === 'string') titleFromLog.set(h.row_id, v.title);
  }

  const out: Array<Amendment & { tx: string }> = [];
  for (const close of valid) {
    for (const c of changes) {
      if (c.hlc <= close.closeHlc) continue;
      if (orgId !== undefined && owners.get(c.rowId) !== orgId) continue;
      if (!months.get(c.rowId)?.has(close.month)) continue;
      const linked = tasks.get(c.rowId);
      if (!linked || ![...linked].some((t) => planTaskIds.has(t))) continue;
      out.push({
        tx: c.tx,
        month: close.month,
        itemId: c.rowId,
        itemTitle: titles.get(c.rowId) ?? titleFromLog.get(c.rowId) ?? c.rowId,
        changedAt: new Date(decodeHlc(c.hlc).ms).toISOString(),
        actor: c.actor,
        groups: [c.group],
        summary: summariseChange(c.group, parse(c.valueJson)),
      });
    }
  }
  return mergeSameAction(out);
}

/** The groups one action wrote to one item (one transaction in the change log) read as one line. */
function mergeSameAction(list: Array<Amendment & { tx: string }>): Amendment[] {
  const byKey = new Map<string, Amendment>();
  for (const { tx, ...a } of list) {
    const key = `${a.month}\u0000${a.itemId}\u0000${tx}`;
    const prev = byKey.get(key);
    if (prev) {
      prev.groups.push(...a.groups);
      prev.summary = `${prev.summary}; ${a.summary}`;
    } else {
      byKey.set(key, { ...a, groups: [...a.groups] });
    }
  }
  return [...byKey.values()];
}
