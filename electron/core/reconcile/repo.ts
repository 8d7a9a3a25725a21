import type { Db } from '../db/open';
import type { ReconcileImport } from '../../../shared/contract/reconcile';
import type { SourceMapping } from '../../../shared/domain/reconcile';

/** Local tables of migration 015: which import marked which item, and the mappings saved per source. */
export interface ImportRow {
  id: string;
  fileName: string;
  sha256: string;
  evidenceFile: string;
  createdAt: string;
  actor: string | null;
}

export interface ImportLineRow {
  line: number;
  itemId: string;
  action: 'accept' | 'create';
  priorStatus: string;
  priorNotes: string;
}

export function insertImport(db: Db, row: ImportRow, lines: readonly ImportLineRow[]): void {
  db.prepare('INSERT INTO reconcile_imports (id, file_name, sha256, evidence_file, created_at, actor) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.fileName,
    row.sha256,
    row.evidenceFile,
    row.createdAt,
    row.actor,
  );
  const ins = db.prepare('INSERT INTO reconcile_lines (import_id, line, item_id, action, prior_status, prior_notes) VALUES (?, ?, ?, ?, ?, ?)');
  for (const l of lines) ins.run(row.id, l.line, l.itemId, l.action, l.priorStatus, l.priorNotes);
}

export function importLines(db: Db, importId: string): ImportLineRow[] {
  return db
    .prepare(
      'SELECT line, item_id AS itemId, action, prior_status AS priorStatus, prior_notes AS priorNotes FROM reconcile_lines WHERE import_id = ? ORDER BY line',
    )
    .all(importId) as ImportLineRow[];
}

export function getImport(db: Db, id: string): (ImportRow & { undoneAt: string | null }) | null {
  return (
    (db
      .prepare(
        'SELECT id, file_name AS fileName, sha256, evidence_file AS evidenceFile, created_at AS createdAt, actor, undone_at AS undoneAt FROM reconcile_imports WHERE id = ?',
      )
      .get(id) as (ImportRow & { undoneAt: string | null }) | undefined) ?? null
  );
}

export function markUndone(db: Db, id: string, at: string): void {
  db.prepare('UPDATE reconcile_imports SET undone_at = ? WHERE id = ?').run(at, id);
}

export function listImports(db: Db): ReconcileImport[] {
  return db
    .prepare(
      `SELECT i.id, i.file_name AS fileName, i.sha256, i.evidence_file AS evidenceFile, i.created_at AS createdAt, i.actor, i.undone_at AS undoneAt,
              COALESCE(SUM(l.action = 'accept'), 0) AS marked, COALESCE(SUM(l.action = 'create'), 0) AS created
         FROM reconcile_imports i LEFT JOIN reconcile_lines l ON l.import_id = i.id
        GROUP BY i.id ORDER BY i.created_at DESC, i.id DESC`,
    )
    .all() as ReconcileImport[];
}

export function listMappings(db: Db): SourceMapping[] {
  return (db.prepare('SELECT mapping FROM reconcile_mappings ORDER BY name').all() as Array<{ mapping: string }>).map(
    (r) => JSON.parse(r.mapping) as SourceMapping,
  );
}

export function getMapping(db: Db, name: string): SourceMapping | null {
  const row = db.prepare('SELECT mapping FROM reconcile_mappings WHERE name = ?').get(name) as { mapping: string } | undefined;
  return row ? (JSON.parse(row.mapping) as SourceMapping) : null;
}

export function saveMapping(db: Db, m: SourceMapping, at: string): void {
  db.prepare('INSERT OR REPLACE INTO reconcile_mappings (name, mapping, updated_at) VALUES (?, ?, ?)').run(m.name, JSON.stringify(m), at);
}

export function deleteMapping(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM reconcile_mappings WHERE name = ?').run(name).changes > 0;
}
