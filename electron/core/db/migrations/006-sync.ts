/**
 * 006: sync through files — who we know (keys, trust), which files we have seen (imported,
 * waiting for trust, quarantined), how far we have exported, and two columns on the change log:
 * `supersedes` (clocks a change knowingly replaced besides its base: conflict resolutions, deletes)
 * and `arrival` (local order in which changes reached this install; drives relaying on export).
 * Sync folder settings live in `settings` (keys `sync.folder`, `sync.intervalMinutes`, `sync.onStart`).
 */
export default /* sql */ `
ALTER TABLE change_log ADD COLUMN supersedes TEXT;
ALTER TABLE change_log ADD COLUMN arrival INTEGER;
CREATE INDEX change_log_arrival ON change_log (arrival);
-- Changes already in the log get an arrival order (by clock), so the first export includes them.
CREATE TEMP TABLE _arrival (install_id TEXT NOT NULL, seq INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (install_id, seq));
INSERT INTO _arrival SELECT install_id, seq, ROW_NUMBER() OVER (ORDER BY hlc, install_id, seq) FROM change_log;
UPDATE change_log SET arrival = (SELECT n FROM _arrival a WHERE a.install_id = change_log.install_id AND a.seq = change_log.seq);
DROP TABLE _arrival;

-- Other installs whose files we have seen. The key is pinned on first acceptance (trust on first use).
CREATE TABLE sync_installs (
  install_id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  org_name TEXT,
  install_name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  trust TEXT NOT NULL CHECK (trust IN ('pending', 'trusted', 'refused')),
  first_seen_at TEXT NOT NULL,
  decided_at TEXT,
  last_file TEXT,
  last_file_at TEXT,
  last_change_at TEXT,
  known TEXT
) WITHOUT ROWID;

-- Every sync file we have looked at, by the SHA-256 of its bytes.
CREATE TABLE sync_files (
  file_hash TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  install_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('imported', 'pending', 'quarantined')),
  reason_code TEXT,
  reason TEXT,
  stored_path TEXT,
  changes INTEGER NOT NULL DEFAULT 0,
  applied INTEGER NOT NULL DEFAULT 0,
  at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_files_status ON sync_files (status, at);

-- Export cursor: changes with arrival above this have not been written to a file yet.
CREATE TABLE sync_export_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_arrival INTEGER NOT NULL DEFAULT 0,
  last_export_at TEXT
);
INSERT INTO sync_export_state (id, last_arrival) VALUES (1, 0);
`;
