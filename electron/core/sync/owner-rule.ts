import type { Db } from '../db/open';
import { AppError } from '../../../shared/contract/errors';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';
import { fixedOwnerOf, rowRuleOf, syncedTable } from './registry';
import { computeRowState, STEWARD_GROUP } from './row-state';
import { loadRowEntries } from './row-refresh';
import { stmt } from './statements';

/**
 * IMPORTANT: who owns a synced row, in one place for the write path, the import, the services and `ltt check`
 * (the merge rule itself is row-state.ts). An import checks a change against the *proven* organisation: the one
 * pinned for the change's origin install, whose signature covers it (importer.ts), never what the change says.
 */

/**
 * What the import needs to know of a row the first time a file mentions it, in one statement: its owner (see
 * row-state.ts ownerOfEntries: a real organisation's first create before a local one; null while none has arrived)
 * and whether the log holds anything of it yet.
 */
export function rowInLog(db: Db, table: string, rowId: string): { owner: string | null; known: boolean } {
  const fixed = fixedOwnerOf(table, rowId);
  // A stewarded row handed on: its owner is its current steward, which only the merge rule's own reading gives.
  if (rowRuleOf(table, rowId).transfers && stmt(db, 'SELECT 1 FROM change_log WHERE tbl = ? AND row_id = ? AND grp = ?').get(table, rowId, STEWARD_GROUP)) {
    return { owner: computeRowState(loadRowEntries(db, table, rowId), rowRuleOf(table, rowId)).owner, known: true };
  }
  const r = stmt(
    db,
    `SELECT (SELECT org_id FROM change_log WHERE tbl = @t AND row_id = @r AND grp = 'create' ORDER BY org_id = @local, hlc LIMIT 1) AS owner,
            EXISTS (SELECT 1 FROM change_log WHERE tbl = @t AND row_id = @r) AS known`,
  ).get({ t: table, r: rowId, local: LOCAL_ORG }) as { owner: string | null; known: number };
  return { owner: fixed !== undefined ? fixed : r.owner, known: r.known === 1 };
}

/** Organisation owning a row, or null when nobody does yet. */
export function rowOwner(db: Db, table: string, rowId: string): string | null {
  return rowInLog(db, table, rowId).owner;
}

/**
 * The organisation a local write is stamped with, or a refusal. This install writes only as its own organisation
 * (or as LOCAL_ORG, for what never leaves it), and only rows it owns or that nobody owns yet. Editing the built-in
 * sample (owned by LOCAL_ORG) keeps it local; `publish` makes this organisation its steward.
 */
export function writeOrgFor(db: Db, table: string, rowId: string, requested: string | undefined, ownOrg: string, publish = false): string {
  const owner = rowOwner(db, table, rowId);
  const fixed = fixedOwnerOf(table, rowId);
  // This install writes as its own organisation; LOCAL_ORG only where asked (the built-in sample) or where the row is
  // the local sample and not being published. A caller naming another organisation (a row's stored org) changes nothing.
  let org = requested === LOCAL_ORG ? LOCAL_ORG : ownOrg;
  if (owner === LOCAL_ORG && syncedTable(table)?.ownership === 'steward') org = publish ? ownOrg : LOCAL_ORG;
  const takesOverLocal = owner === LOCAL_ORG && publish;
  if ((owner !== null && org !== owner && !takesOverLocal) || fixed === null || (fixed !== undefined && fixed !== org)) {
    throw new AppError('forbidden', 'Dữ liệu này thuộc đơn vị khác nên chỉ được xem, không sửa được ở máy này.', { table, rowId });
  }
  return org;
}

/** Whether this organisation may write the row (the same rule as writeOrgFor, as a yes/no for the UI and services). */
export function canWriteRow(db: Db, table: string, rowId: string, ownOrg: string): boolean {
  try {
    writeOrgFor(db, table, rowId, undefined, ownOrg);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
