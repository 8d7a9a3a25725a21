/**
 * 005: report exports and the editor's text sections. Local to this install (not synced): the history
 * records which files this computer wrote and where; the texts travel inside each exported report.
 */
export default /* sql */ `
-- One row per exported file: what was sent, when, by whom, and a hash of the report data.
CREATE TABLE report_exports (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  actor TEXT,
  org_id TEXT,
  plan_id TEXT NOT NULL,
  plan_number TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  period_label TEXT NOT NULL,
  as_of TEXT NOT NULL,
  report_date TEXT NOT NULL,
  number TEXT,
  format TEXT NOT NULL CHECK (format IN ('docx', 'xlsx', 'csv', 'pdf')),
  file_path TEXT NOT NULL,
  bytes INTEGER NOT NULL CHECK (bytes >= 0),
  data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
  -- JSON {leadership, assessment, nextTasks, proposals}: sections I, III, IV, V as exported.
  texts TEXT NOT NULL
);
CREATE INDEX report_exports_plan ON report_exports (plan_id, created_at);

-- The editor's working copy of the text sections per plan, saved as they type in the preview.
CREATE TABLE report_drafts (
  plan_id TEXT PRIMARY KEY,
  texts TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
`;
