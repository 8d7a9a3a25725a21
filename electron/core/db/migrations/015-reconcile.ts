/**
 * 015: marking what went out from an as-run log or a published list (issue 21). Local to this computer, never
 * synced: what syncs is the items' done records (with the log file as their evidence); these tables only remember
 * which import marked which item, so an import can be undone as one action, and the mappings saved per source.
 * (014 and 016 are other work's numbers.)
 */
export default /* sql */ `
CREATE TABLE IF NOT EXISTS reconcile_imports (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  evidence_file TEXT NOT NULL,
  created_at TEXT NOT NULL,
  actor TEXT,
  undone_at TEXT
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS reconcile_lines (
  import_id TEXT NOT NULL REFERENCES reconcile_imports(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('accept', 'create')),
  prior_status TEXT NOT NULL,
  prior_notes TEXT NOT NULL,
  PRIMARY KEY (import_id, line)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reconcile_lines_item ON reconcile_lines(item_id);

CREATE TABLE IF NOT EXISTS reconcile_mappings (
  name TEXT PRIMARY KEY,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
`;
