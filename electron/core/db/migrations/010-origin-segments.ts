/**
 * 010: origin-signed segments and trust by organisation (sync README, "Origin authentication").
 * - sync_segments: every segment this install holds whole, with its origin's signed statement, so it can be relayed
 *   and re-checked anywhere; `n` is the local arrival order (the relay cursor in sync_export_state.last_segment).
 * - sync_orgs: a person's decision per organisation; sync_installs learns who vouched for an install.
 * - sync_file_waits: which origins a file waits for (its other segments were applied).
 * - sync_events: the sync log a person reads (an install accepted on another PC's word, a revoked PC's changes refused).
 * - sync_folder_seen: what a folder scan already judged, by name, size and modification time (a no-op run opens nothing).
 * - install_vouches: synced; an organisation's signed word on its own installs (vouch, revoke).
 */
export default /* sql */ `
CREATE TABLE sync_segments (
  n INTEGER PRIMARY KEY,
  install_id TEXT NOT NULL,
  seq_from INTEGER NOT NULL,
  seq_to INTEGER NOT NULL,
  count INTEGER NOT NULL,
  digest TEXT NOT NULL,
  signed TEXT NOT NULL,
  received_at TEXT NOT NULL,
  UNIQUE (install_id, seq_from, seq_to, digest)
);
ALTER TABLE sync_export_state ADD COLUMN last_segment INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sync_orgs (
  org_id TEXT PRIMARY KEY,
  org_name TEXT,
  trust TEXT NOT NULL CHECK (trust IN ('pending', 'trusted', 'refused')),
  decided_at TEXT
) WITHOUT ROWID;
INSERT INTO sync_orgs (org_id, org_name, trust, decided_at)
  SELECT org_id, MAX(org_name),
         CASE WHEN SUM(trust = 'trusted') > 0 THEN 'trusted' WHEN SUM(trust = 'refused') = COUNT(*) THEN 'refused' ELSE 'pending' END,
         MAX(decided_at)
  FROM sync_installs GROUP BY org_id;
ALTER TABLE sync_installs ADD COLUMN vouched_by TEXT;

CREATE TABLE sync_file_waits (
  file_hash TEXT NOT NULL,
  install_id TEXT NOT NULL,
  PRIMARY KEY (file_hash, install_id)
) WITHOUT ROWID;
CREATE INDEX sync_file_waits_install ON sync_file_waits (install_id);

CREATE TABLE sync_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  install_id TEXT,
  org_id TEXT
);

CREATE TABLE sync_folder_seen (
  folder TEXT NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  PRIMARY KEY (folder, name)
) WITHOUT ROWID;

CREATE TABLE install_vouches (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  install_id TEXT,
  public_key TEXT,
  install_name TEXT,
  vouched_at TEXT,
  revoked_after_seq INTEGER,
  revoked_at TEXT,
  reason TEXT
);
`;
