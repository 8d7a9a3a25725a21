import type { Db } from '../db/open';
import type { Holiday } from '../../../shared/domain/schedule/holidays';
import type { SavedFilter } from '../../../shared/contract/items';
import type { ItemFilter } from '../../../shared/domain/schedule/search';

/** Local (not synced) schedule data of this install: holidays, topics, saved filters. */
export function holidaysBetween(db: Db, from: string, to: string): Holiday[] {
  const rows = db.prepare('SELECT date, name, kind, tentative FROM holidays WHERE date BETWEEN ? AND ? ORDER BY date, name').all(from, to) as Array<{
    date: string;
    name: string;
    kind: Holiday['kind'];
    tentative: number;
  }>;
  return rows.map((r) => ({ date: r.date, name: r.name, kind: r.kind, ...(r.tentative ? { tentative: true } : {}) }));
}

export function addHoliday(db: Db, date: string, name: string): void {
  db.prepare("INSERT OR REPLACE INTO holidays (date, name, kind, tentative) VALUES (?, ?, 'custom', 0)").run(date, name);
}

export function removeHoliday(db: Db, date: string, name: string): void {
  db.prepare('DELETE FROM holidays WHERE date = ? AND name = ?').run(date, name);
}

export function listTopics(db: Db): string[] {
  return (db.prepare('SELECT name FROM topics ORDER BY sort_order, name').all() as Array<{ name: string }>).map((r) => r.name);
}

export function addTopic(db: Db, name: string): void {
  const max = (db.prepare('SELECT COALESCE(MAX(sort_order), 0) AS m FROM topics').get() as { m: number }).m;
  db.prepare('INSERT OR IGNORE INTO topics (name, sort_order) VALUES (?, ?)').run(name, max + 1);
}

export function removeTopic(db: Db, name: string): void {
  db.prepare('DELETE FROM topics WHERE name = ?').run(name);
}

export function listSavedFilters(db: Db): SavedFilter[] {
  const rows = db.prepare('SELECT id, name, filter FROM saved_filters ORDER BY name').all() as Array<{ id: string; name: string; filter: string }>;
  return rows.map((r) => ({ id: r.id, name: r.name, filter: JSON.parse(r.filter) as ItemFilter }));
}

export function saveFilter(db: Db, f: SavedFilter, owner: string | null, createdAt: string): void {
  db.prepare('INSERT OR REPLACE INTO saved_filters (id, name, owner, filter, created_at) VALUES (?, ?, ?, ?, ?)').run(
    f.id,
    f.name,
    owner,
    JSON.stringify(f.filter),
    createdAt,
  );
}

export function findFilterByName(db: Db, name: string): string | null {
  return (db.prepare('SELECT id FROM saved_filters WHERE name = ?').get(name) as { id: string } | undefined)?.id ?? null;
}

export function deleteFilter(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM saved_filters WHERE id = ?').run(id).changes > 0;
}
