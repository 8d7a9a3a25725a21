import crypto from 'node:crypto';

/**
 * A user's PIN, kept as `scrypt$salt$hash` (hex). A PIN is short, so it guards switching user at a shared desk,
 * not the database file: whoever holds the file holds the data (SECURITY.md).
 */
export function hashPin(pin: string): string {
  const salt = crypto.randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${crypto.scryptSync(pin, salt, 32).toString('hex')}`;
}

export function pinMatches(stored: string, pin: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = crypto.scryptSync(pin, Buffer.from(salt, 'hex'), expected.length);
  return crypto.timingSafeEqual(expected, actual);
}
