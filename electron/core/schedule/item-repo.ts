import type { Db } from '../db/open';
import type { ScheduleItem } from '../../../shared/contract/items';
import type { ItemKind, ItemStatus, Outlet } from '../../../shared/domain/types';
import { taskCodesById } from './plan-tasks';

/** Reads of the materialised items table. No business rules here. */
interface ItemRow {
  id: string;
  org_id: string;
  kind: string;
  series_id: string | null;
  occurrence: string | null;
  created_at: string | null;
  updated_hlc: string | null;
  title: string;
  description: string;
  topics: string;
  outlet: string;
  planned_date: string;
  planned_time: string | null;
  duration_min: number | null;
  task_ids: string;
  editor: string | null;
  producer: string | null;
  notes: string;
  status: string;
  status_reason: string | null;
  done_at: string | null;
  done_time: string | null;
  done_duration_min: number | null;
  done_slot: string | null;
  done_issue_no: string | null;
  done_page: string | null;
  done_link: string | null;
  evidence_file: string | null;
  evidence_sha256: string | null;
  marked_by: string | null;
  marked_at: string | null;
}

const SELECT = `SELECT items.*, (SELECT MAX(hlc) FROM row_groups rg WHERE rg.tbl = 'items' AND rg.row_id = items.id) AS updated_hlc FROM items`;

function hlcToIso(hlc: string | null, fallback: string): string {
  if (!hlc) return fallback;
  const ms = parseInt(hlc.slice(0, 12), 16);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : fallback;
}

function parseList(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function toItem(r: ItemRow, codes: Map<string, { code: string; sort: number }>): ScheduleItem {
  const taskIds = parseList(r.task_ids);
  const createdAt = r.created_at ?? '';
  return {
    id: r.id,
    orgId: r.org_id,
    seriesId: r.series_id,
    occurrence: r.occurrence,
    kind: r.kind as ItemKind,
    outlet: r.outlet as Outlet,
    title: r.title,
    description: r.description,
    topics: parseList(r.topics),
    taskIds,
    taskCodes: taskIds
      .map((t) => codes.get(t))
      .filter((c): c is { code: string; sort: number } => c !== undefined)
      .sort((a, b) => a.sort - b.sort)
      .map((c) => c.code),
    plannedDate: r.planned_date,
    plannedTime: r.planned_time,
    durationMin: r.duration_min,
    editor: r.editor,
    producer: r.producer,
    notes: r.notes,
    status: r.status as ItemStatus,
    statusReason: r.status_reason,
    done:
      r.status === 'done' && r.done_at
        ? {
            at: r.done_at,
            time: r.done_time,
            durationMin: r.done_duration_min,
            slot: r.done_slot,
            issueNo: r.done_issue_no,
            page: r.done_page,
            link: r.done_link,
            evidenceFile: r.evidence_file,
            evidenceSha256: r.evidence_sha256,
            markedBy: r.marked_by,
            markedAt: r.marked_at ?? '',
          }
        : null,
    createdAt,
    updatedAt: hlcToIso(r.updated_hlc, createdAt),
  };
}

function mapRows(db: Db, rows: ItemRow[]): ScheduleItem[] {
  const codes = taskCodesById(db);
  return rows.map((r) => toItem(r, codes));
}

export function getItem(db: Db, id: string): ScheduleItem | null {
  const row = db.prepare(`${SELECT} WHERE items.id = ?`).get(id) as ItemRow | undefined;
  return row ? mapRows(db, [row])[0]! : null;
}

export interface ItemQuery {
  from?: string;
  to?: string;
  statuses?: readonly string[];
  planTaskIds?: readonly string[];
  seriesId?: string;
  limit?: number;
}

/** Items by planned date range (index items_planned), optional status set and plan tasks; ordered by date and time. */
export function listItems(db: Db, q: ItemQuery): ScheduleItem[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.from) {
    where.push('items.planned_date >= ?');
    params.push(q.from);
  }
  if (q.to) {
    where.push('items.planned_date <= ?');
    params.push(q.to);
  }
  if (q.statuses && q.statuses.length > 0) {
    where.push(`items.status IN (${q.statuses.map(() => '?').join(', ')})`);
    params.push(...q.statuses);
  }
  if (q.planTaskIds) {
    if (q.planTaskIds.length === 0) return [];
    where.push(`items.id IN (SELECT item_id FROM item_tasks WHERE task_id IN (${q.planTaskIds.map(() => '?').join(', ')}))`);
    params.push(...q.planTaskIds);
  }
  if (q.seriesId) {
    where.push('items.series_id = ?');
    params.push(q.seriesId);
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY items.planned_date, items.planned_time IS NULL, items.planned_time, items.title, items.id
    ${q.limit ? `LIMIT ${Math.floor(q.limit)}` : ''}`;
  return mapRows(db, db.prepare(sql).all(...params) as ItemRow[]);
}

/** Items where the person is editor or producer, planned up to `to` and still open. */
export function openItemsOfPerson(db: Db, person: string, to: string): ScheduleItem[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE (items.editor = ? OR items.producer = ?) AND items.planned_date <= ?
       AND items.status IN ('planned', 'in_production', 'ready', 'postponed')
       ORDER BY items.planned_date, items.planned_time`,
    )
    .all(person, person, to) as ItemRow[];
  return mapRows(db, rows);
}

/** Raw group values of one item as stored (for a patch to carry the fields it does not change). */
export function itemGroups(db: Db, id: string): Map<string, Record<string, unknown>> {
  const rows = db.prepare(`SELECT grp, value FROM row_groups WHERE tbl = 'items' AND row_id = ?`).all(id) as Array<{ grp: string; value: string }>;
  return new Map(rows.map((r) => [r.grp, JSON.parse(r.value) as Record<string, unknown>]));
}
