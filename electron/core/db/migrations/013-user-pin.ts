/**
 * 013: an optional PIN per user (issue 18: roles that hold). Only a salted scrypt hash is kept; users are this
 * computer's own (never synced), so this changes nothing in sync files.
 */
export default /* sql */ `
ALTER TABLE users ADD COLUMN pin_hash TEXT;
`;
