import type { Db } from '../../db/open';
import type { ReportTexts } from '../../../../shared/domain/report';
import type { ReportHistoryEntry } from '../../../../shared/contract/reports';

/** A row of report_exports as the app uses it: the history entry the contract returns, with what only the core keeps. */
export type ReportExportRow = Omit<ReportHistoryEntry, 'fileName' | 'relPath' | 'exists'> & { orgId: string | null; texts: ReportTexts };

interface Raw {
  id: string;
  created_at: string;
  actor: string | null;
  org_id: string | null;
  plan_id: string;
  plan_number: string;
  period_from: string;
  period_to: string;
  period_label: string;
  as_of: string;
  report_date: string;
  number: string | null;
  format: ReportExportRow['format'];
  file_path: string;
  bytes: number;
  data_sha256: string;
  texts: string;
}

function parseTexts(json: string): ReportTexts {
  const v = JSON.parse(json) as Partial<ReportTexts>;
  return { leadership: v.leadership ?? '', assessment: v.assessment ?? '', nextTasks: v.nextTasks ?? '', proposals: v.proposals ?? '' };
}

function fromRaw(r: Raw): ReportExportRow {
  return {
    id: r.id,
    createdAt: r.created_at,
    actor: r.actor,
    orgId: r.org_id,
    planId: r.plan_id,
    planNumber: r.plan_number,
    from: r.period_from,
    to: r.period_to,
    periodLabel: r.period_label,
    asOf: r.as_of,
    reportDate: r.report_date,
    number: r.number,
    format: r.format,
    filePath: r.file_path,
    bytes: r.bytes,
    dataSha256: r.data_sha256,
    texts: parseTexts(r.texts),
  };
}

export function insertExport(db: Db, row: ReportExportRow): void {
  db.prepare(
    `INSERT INTO report_exports (id, created_at, actor, org_id, plan_id, plan_number, period_from, period_to, period_label, as_of, report_date, number, format, file_path, bytes, data_sha256, texts)
     VALUES (@id, @createdAt, @actor, @orgId, @planId, @planNumber, @from, @to, @periodLabel, @asOf, @reportDate, @number, @format, @filePath, @bytes, @dataSha256, @texts)`,
  ).run({ ...row, texts: JSON.stringify(row.texts) });
}

/** Newest first; `planId` narrows to one plan. */
export function listExports(db: Db, planId?: string, limit = 200): ReportExportRow[] {
  const rows = (
    planId
      ? db.prepare('SELECT * FROM report_exports WHERE plan_id = ? ORDER BY created_at DESC, id DESC LIMIT ?').all(planId, limit)
      : db.prepare('SELECT * FROM report_exports ORDER BY created_at DESC, id DESC LIMIT ?').all(limit)
  ) as Raw[];
  return rows.map(fromRaw);
}

export function getExport(db: Db, id: string): ReportExportRow | null {
  const r = db.prepare('SELECT * FROM report_exports WHERE id = ?').get(id) as Raw | undefined;
  return r ? fromRaw(r) : null;
}

export function latestExport(db: Db, planId: string): ReportExportRow | null {
  return listExports(db, planId, 1)[0] ?? null;
}

export function getDraft(db: Db, planId: string): { texts: ReportTexts; updatedAt: string } | null {
  const r = db.prepare('SELECT texts, updated_at FROM report_drafts WHERE plan_id = ?').get(planId) as { texts: string; updated_at: string } | undefined;
  return r ? { texts: parseTexts(r.texts), updatedAt: r.updated_at } : null;
}

export function saveDraft(db: Db, planId: string, texts: ReportTexts, updatedAt: string): void {
  db.prepare(
    'INSERT INTO report_drafts (plan_id, texts, updated_at) VALUES (?, ?, ?) ON CONFLICT (plan_id) DO UPDATE SET texts = excluded.texts, updated_at = excluded.updated_at',
  ).run(planId, JSON.stringify(texts), updatedAt);
}

export function deleteDraft(db: Db, planId: string): void {
  db.prepare('DELETE FROM report_drafts WHERE plan_id = ?').run(planId);
}
