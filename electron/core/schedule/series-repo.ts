import type { Db } from '../db/open';
import type { Series } from '../../../shared/contract/series';
import type { Recurrence } from '../../../shared/domain/schedule/recurrence';
import type { SeriesException } from '../../../shared/domain/schedule/series';
import type { ItemKind, Outlet } from '../../../shared/domain/types';

interface SeriesRow {
  id: string;
  org_id: string;
  kind: string;
  title: string;
  description: string;
  topics: string;
  outlet: string | null;
  recurrence: string | null;
  start_date: string | null;
  end_date: string | null;
  planned_time: string | null;
  duration_min: number | null;
  exceptions: string;
  task_ids: string;
  editor: string | null;
  producer: string | null;
  notes: string;
}

function json<T>(s: string | null, fallback: T): T {
  if (s === null) return fallback;
  try {
    return (JSON.parse(s) as T) ?? fallback;
  } catch {
    return fallback;
  }
}

function toSeries(r: SeriesRow): Series {
  return {
    id: r.id,
    orgId: r.org_id,
    kind: r.kind as ItemKind,
    outlet: (r.outlet ?? 'tv') as Outlet,
    title: r.title,
    description: r.description,
    topics: json<string[]>(r.topics, []),
    taskIds: json<string[]>(r.task_ids, []),
    recurrence: json<Recurrence>(r.recurrence, { kind: 'dates', dates: [] }),
    startDate: r.start_date ?? '',
    endDate: r.end_date,
    plannedTime: r.planned_time,
    durationMin: r.duration_min,
    editor: r.editor,
    producer: r.producer,
    notes: r.notes,
    exceptions: json<SeriesException[]>(r.exceptions, []),
  };
}

export function getSeries(db: Db, id: string): Series | null {
  const r = db.prepare('SELECT * FROM series WHERE id = ?').get(id) as SeriesRow | undefined;
  return r ? toSeries(r) : null;
}

export function listSeries(db: Db): Series[] {
  return (db.prepare('SELECT * FROM series ORDER BY start_date, title').all() as SeriesRow[]).map(toSeries);
}

/** Episodes of a series as the reconcile step needs them. */
export function seriesEpisodes(db: Db, seriesId: string): Array<{ id: string; occurrence: string; date: string; status: string }> {
  return db
    .prepare(`SELECT id, occurrence, planned_date AS date, status FROM items WHERE series_id = ? AND occurrence IS NOT NULL ORDER BY occurrence`)
    .all(seriesId) as Array<{ id: string; occurrence: string; date: string; status: string }>;
}
