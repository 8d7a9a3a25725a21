import { SYNCED_TABLES } from '../synced-tables';

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
  /**
   * Groups added to a known table after its first version (group → the migration number that added it). A field
   * may then be both in `create` and in the later group (an item's kind), so the field's own `since` cannot say it:
   * upgrading a database from before that version re-derives the rows holding the group (db/parked-changes.ts).
   */
  groupsSince?: Readonly<Record<string, number>>;
  /** Fields stored as 0/1. */
  boolFields?: readonly string[];
  /**
   * Who may change a row (see owner-rule.ts). 'creator' (default): the organisation of its first create; an import
   * refuses another organisation's change. 'steward': rows several organisations create with one deterministic id
   * (a plan, its tasks, the agency directory): the first real creator stewards it, everyone else's changes are kept
   * in the log but set aside. 'keyed': the owner is written in the row's id (`ownerOf`), e.g. an organisation's own row.
   */
  ownership?: 'creator' | 'steward' | 'keyed';
  /** For 'keyed' tables: the organisation a row id belongs to (null: an id no organisation can own). */
  ownerOf?: (rowId: string) => string | null;
  /** Keep side tables in step after the row is written or removed (e.g. item ↔ task links). */
  afterProject?: (ctx: ProjectContext) => void;
  /**
   * What each field may hold (field name → spec, field-spec.ts), checked on every local write and every incoming
   * change (field-validator.ts). Every field of every group needs one; the `deleted` group is checked for all tables.
   */
  fields?: import('./field-spec').FieldSpecs;
}

interface ProjectContext {
  db: import('better-sqlite3').Database;
  rowId: string;
  /** The merged field values, or null when the row is deleted or not created yet. */
  row: Record<string, unknown> | null;
}

export const CREATE_GROUP = 'create';
export const DELETED_GROUP = 'deleted';

let known: Map<string, SyncedTable> | null = null;

/** The tables of synced-tables.ts, read on first use (the table modules import this one's types only). */
function tablesMap(): Map<string, SyncedTable> {
  if (!known) {
    known = new Map();
    for (const def of SYNCED_TABLES) add(known, def);
  }
  return known;
}

function add(map: Map<string, SyncedTable>, def: SyncedTable): void {
  if (map.has(def.table)) throw new Error(`synced table registered twice: ${def.table}`);
  if (!def.groups[CREATE_GROUP]) throw new Error(`synced table ${def.table} needs a '${CREATE_GROUP}' group`);
  map.set(def.table, def);
}

/** A table beyond this version's list: what a newer version would sync (the upgrade tests stand one up). */
export function registerSyncedTable(def: SyncedTable): void {
  add(tablesMap(), def);
}

/** The owner written in a row's id, for 'keyed' tables; undefined where the owner comes from the row's creates. */
export function fixedOwnerOf(table: string, rowId: string): string | null | undefined {
  const def = tablesMap().get(table);
  if (def?.ownership !== 'keyed') return undefined;
  return def.ownerOf ? def.ownerOf(rowId) : null;
}

/** The ownership rule the merge rule applies to one row (row-state.ts RowRule). */
export function rowRuleOf(table: string, rowId: string): { fixedOwner?: string | null; transfers?: boolean } {
  const def = tablesMap().get(table);
  if (def?.ownership === 'keyed') return { fixedOwner: def.ownerOf ? def.ownerOf(rowId) : null };
  return def?.ownership === 'steward' && def.groups.steward ? { transfers: true } : {};
}

/**
 * Whether an import refuses a file holding another organisation's change to a row of this table. 'steward' rows
 * (deterministic ids several organisations create: a plan, its tasks, the directory) set such changes aside instead:
 * two offices importing the same plan is ordinary, and must not stop either's files.
 */
export function refusesForeignChange(table: string): boolean {
  return tablesMap().get(table)?.ownership !== 'steward';
}

export function syncedTable(table: string): SyncedTable | undefined {
  return tablesMap().get(table);
}

export function syncedTables(): SyncedTable[] {
  return [...tablesMap().values()];
}

export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
