/**
 * 001: install identity, settings, users, organisations, and the sync spine
 * (change log, current winner per row group, conflicts, parked changes).
 * Migrations are TypeScript modules holding SQL so they bundle into the CLI and the
 * desktop app without file lookups at run time. Never edit one that has shipped.
 */
export default /* sql */ `
CREATE TABLE install (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  install_id TEXT NOT NULL,
  install_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  public_key TEXT,
  private_key TEXT,
  clock TEXT
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('editor', 'producer', 'viewer')),
  created_at TEXT NOT NULL
);

-- Synced (materialised from row_groups).
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  short_name TEXT
);

-- The append-only log of every change to a synced table, ours and others'.
CREATE TABLE change_log (
  install_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  org_id TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  grp TEXT NOT NULL,
  value TEXT NOT NULL,
  hlc TEXT NOT NULL,
  base_hlc TEXT,
  tx TEXT NOT NULL,
  actor TEXT,
  hash TEXT NOT NULL,
  PRIMARY KEY (install_id, seq)
) WITHOUT ROWID;
CREATE INDEX change_log_row ON change_log (tbl, row_id, hlc);

-- The winning change per (table, row, group): what the materialised row is built from.
CREATE TABLE row_groups (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  grp TEXT NOT NULL,
  hlc TEXT NOT NULL,
  install_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id, grp)
) WITHOUT ROWID;

-- Concurrent changes that lost last-write-wins, for a person to review.
CREATE TABLE sync_conflicts (
  id INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  grp TEXT NOT NULL,
  winner_hlc TEXT NOT NULL,
  winner_value TEXT NOT NULL,
  loser_hlc TEXT NOT NULL,
  loser_value TEXT NOT NULL,
  loser_install TEXT NOT NULL,
  loser_seq INTEGER NOT NULL,
  detected_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT,
  UNIQUE (loser_install, loser_seq)
);
`;
