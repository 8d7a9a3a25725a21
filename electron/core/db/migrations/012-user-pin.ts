/**
 * 013: an optional PIN per user (issue 18: roles that hold). Only a salted scrypt hash is kept, in its own table so
 * the users table is unchanged; users are this computer's own (never synced), so sync files do not change.
 */
export default /* sql */ `
CREATE TABLE IF NOT EXISTS user_pins (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  pin_hash TEXT NOT NULL
) WITHOUT ROWID;
`;
