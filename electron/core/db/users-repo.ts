import type { Db } from './open';
import type { UserInfo } from '../../../shared/contract/app';
import type { Organisation, Role } from '../../../shared/domain/types';

/** This install's users and their PINs (local, never synced), and the organisations directory as materialised. */

const USER_COLUMNS = 'id, name, role, EXISTS (SELECT 1 FROM user_pins p WHERE p.user_id = users.id) AS hasPin';
type UserRow = Omit<UserInfo, 'hasPin'> & { hasPin: number };
const toUser = (r: UserRow | undefined): UserInfo | null => (r ? { ...r, hasPin: r.hasPin === 1 } : null);

export function listOrganisations(db: Db): Organisation[] {
  return db.prepare('SELECT id, name, short_name AS shortName FROM organisations ORDER BY name COLLATE NOCASE').all() as Organisation[];
}

export function getOrganisation(db: Db, id: string): Organisation | null {
  return (db.prepare('SELECT id, name, short_name AS shortName FROM organisations WHERE id = ?').get(id) as Organisation | undefined) ?? null;
}

export function allUsers(db: Db): UserInfo[] {
  return (db.prepare(`SELECT ${USER_COLUMNS} FROM users`).all() as UserRow[]).map((r) => toUser(r)!);
}

export function userById(db: Db, id: string): UserInfo | null {
  return toUser(db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined);
}

export function userByName(db: Db, name: string): UserInfo | null {
  return toUser(db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE name = ?`).get(name) as UserRow | undefined);
}

export function insertUser(db: Db, user: { id: string; name: string; role: Role }, createdAt: string): void {
  db.prepare('INSERT INTO users (id, name, role, created_at) VALUES (?, ?, ?, ?)').run(user.id, user.name, user.role, createdAt);
}

export function setUserRole(db: Db, id: string, role: Role): void {
  db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, id);
}

/** The stored `scrypt$salt$hash` of a user's PIN, or null when they have none. */
export function pinHashOf(db: Db, userId: string): string | null {
  return (db.prepare('SELECT pin_hash AS pin FROM user_pins WHERE user_id = ?').get(userId) as { pin: string } | undefined)?.pin ?? null;
}

export function setPinHash(db: Db, userId: string, hash: string | null): void {
  if (hash === null) db.prepare('DELETE FROM user_pins WHERE user_id = ?').run(userId);
  else db.prepare('INSERT OR REPLACE INTO user_pins (user_id, pin_hash) VALUES (?, ?)').run(userId, hash);
}

export function setInstallName(db: Db, name: string): void {
  db.prepare('UPDATE install SET install_name = ? WHERE id = 1').run(name);
}
