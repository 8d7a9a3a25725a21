import type { Item, ItemKind, ItemStatus, Outlet } from '../../../shared/domain/types';

/** Columns of the materialised `items` table (migration 003) as SQLite returns them. */
export interface ItemRow {
  id: string;
  org_id: string;
  kind: string;
  series_id: string | null;
  occurrence: string | null;
  created_at: string | null;
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

function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The one mapping from an items row to an Item, used by the schedule and by compliance.
 * The done record is present only while the item is done (a reopened item keeps no stale record).
 */
export function rowToItem(r: ItemRow, updatedAt?: string): Item {
  const createdAt = r.created_at ?? '';
  return {
    id: r.id,
    orgId: r.org_id,
    seriesId: r.series_id,
    kind: r.kind as ItemKind,
    outlet: r.outlet as Outlet,
    title: r.title,
    description: r.description,
    topics: parseList(r.topics),
    taskIds: parseList(r.task_ids),
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
    updatedAt: updatedAt ?? r.marked_at ?? createdAt,
  };
}
