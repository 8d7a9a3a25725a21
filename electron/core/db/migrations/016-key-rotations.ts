/**
 * 016: key rotations (sync/key-rotations.ts). Each row is one install's signed statement that its key `old_public_key`
 * was replaced by `new_public_key` after its change `last_old_seq`: this install's own rotations and the ones that
 * came in files. One row per (install, old key): a second, different rotation of the same key is refused, never stored.
 */
export default /* sql */ `
CREATE TABLE sync_key_rotations (
  install_id TEXT NOT NULL,
  old_public_key TEXT NOT NULL,
  new_public_key TEXT NOT NULL,
  last_old_seq INTEGER NOT NULL,
  signed TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (install_id, old_public_key)
) WITHOUT ROWID;
`;
