import type { Db } from './open';

/** Local (not synced) key/value settings of this install. */
export function get(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function set(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** The settings whose key starts with `prefix` ("backup."), keys as stored. */
export function withPrefix(db: Db, prefix: string): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM settings WHERE substr(key, 1, length(?)) = ?').all(prefix, prefix) as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function all(db: Db): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM settings ORDER BY key').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}
