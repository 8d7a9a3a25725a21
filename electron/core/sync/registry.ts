/**
 * Which tables are synced, how their fields are grouped, and how a row is materialised
 * from its groups. A group is a set of fields that must stay consistent and travel together.
 * Every synced row has a `create` group (immutable identity fields, including org_id);
 * `deleted` is a group of its own ({ deleted: boolean }) so a delete wins or loses on its own clock.
 */
export interface SyncedTable {
  /** SQL table name (also the `tbl` in the change log). */
  table: string;
  /** group name → field names (camelCase; column = snake_case). */
  groups: Record<string, readonly string[]>;
  /** Fields stored as JSON text in their column. */
  jsonFields?: readonly string[];
  /** Fields stored as 0/1. */
  boolFields?: readonly string[];
  /**
   * Who may change a row. 'creator' (default): only the organisation that created it — imports refuse
   * others' changes. 'shared': rows every organisation creates with the same deterministic id (the
   * province's plan, the agency directory) — any trusted organisation's change counts, last write wins.
   */
  ownership?: 'creator' | 'shared';
  /** Keep side tables in step after the row is written or removed (e.g. item ↔ task links). */
  afterProject?: (ctx: ProjectContext) => void;
  /**
   * What each field may hold (field name → spec, field-spec.ts), checked on every local write and every incoming
   * change (field-validator.ts). Every field of every group needs one; the `deleted` group is checked for all tables.
   */
  fields?: import('./field-spec').FieldSpecs;
}

export interface ProjectContext {
  db: import('better-sqlite3').Database;
  rowId: string;
  /** The merged field values, or null when the row is deleted or not created yet. */
  row: Record<string, unknown> | null;
}

export const CREATE_GROUP = 'create';
export const DELETED_GROUP = 'deleted';

const tables = new Map<string, SyncedTable>();

export function registerSyncedTable(def: SyncedTable): void {
  if (tables.has(def.table)) throw new Error(`synced table registered twice: ${def.table}`);
  if (!def.groups[CREATE_GROUP]) throw new Error(`synced table ${def.table} needs a '${CREATE_GROUP}' group`);
  tables.set(def.table, def);
}

/**
 * Tables whose ids are deterministic from public data, so several organisations create the same rows.
 * Used when a table's registration does not say (the owning features may set `ownership` themselves).
 */
const SHARED_BY_DEFAULT = new Set(['plans', 'plan_tasks', 'agencies', 'organisations']);

export function isSharedTable(table: string): boolean {
  const def = tables.get(table);
  return def?.ownership ? def.ownership === 'shared' : SHARED_BY_DEFAULT.has(table);
}

export function syncedTable(table: string): SyncedTable | undefined {
  return tables.get(table);
}

export function syncedTables(): SyncedTable[] {
  return [...tables.values()];
}

export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function fieldOf(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
