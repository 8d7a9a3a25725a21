import type { Db } from '../db/open';
import type { Item, ItemKind, ItemStatus, Outlet } from '../../../shared/domain/types';

/** Columns of the materialised `items` table (migration 003) as they come out of SQLite. */
interface ItemRow {
  id: string;
  org_id: string;
  series_id: string | null;
  kind: string;
  outlet: string;
  title: string;
  description: string;
  topics: string;
  task_ids: string;
  planned_date: string;
  planned_time: string | null;
  duration_min: number | null;
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
  created_at: string | null;
}

function jsonArray(text: string | null): string[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rowToItem(r: ItemRow): Item {
  return {
    id: r.id,
    orgId: r.org_id,
    seriesId: r.series_id,
    kind: r.kind as ItemKind,
    outlet: r.outlet as Outlet,
    title: r.title,
    description: r.description,
    topics: jsonArray(r.topics),
    taskIds: jsonArray(r.task_ids),
    plannedDate: r.planned_date,
    plannedTime: r.planned_time,
    durationMin: r.duration_min,
    editor: r.editor,
    producer: r.producer,
    notes: r.notes,
    status: r.status as ItemStatus,
    statusReason: r.status_reason,
    done: r.done_at
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
    createdAt: r.created_at ?? '',
    updatedAt: r.marked_at ?? r.created_at ?? '',
  };
}

/**
 * Items serving any of `taskIds` with a planned date in [from, to], through the item_tasks index.
 * Read-only: compliance never writes items.
 */
export function itemsForTasks(db: Db, taskIds: readonly string[], from: string, to: string): Item[] {
  if (taskIds.length === 0) return [];
  const out = new Map<string, Item>();
  const stmt = db.prepare(
    `SELECT i.* FROM item_tasks t JOIN items i ON i.id = t.item_id
     WHERE t.task_id IN (SELECT value FROM json_each(?)) AND i.planned_date BETWEEN ? AND ?
     ORDER BY i.planned_date, i.id`,
  );
  for (const r of stmt.all(JSON.stringify(taskIds), from, to) as ItemRow[]) out.set(r.id, rowToItem(r));
  return [...out.values()];
}

export function itemsByIds(db: Db, ids: readonly string[]): Item[] {
  if (ids.length === 0) return [];
  const rows = db.prepare('SELECT * FROM items WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as ItemRow[];
  return rows.map(rowToItem);
}
