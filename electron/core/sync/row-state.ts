import { CREATE_GROUP, DELETED_GROUP } from './registry';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';

/** One change-log entry of one row, as the merge rule sees it. `value` is canonical JSON. */
export interface LogEntry {
  install: string;
  seq: number;
  org: string;
  group: string;
  value: string;
  hlc: string;
  baseHlc: string | null;
  supersedes: readonly string[];
}

export interface RowConflict {
  loser: LogEntry;
  winner: LogEntry;
  /** 'concurrent': two edits of one group; 'deleted': an edit the concurrent delete did not see. */
  kind: 'concurrent' | 'deleted';
}

export interface RowState {
  /** Organisation that created the row (its first create), null while the create has not arrived. */
  owner: string | null;
  winners: Map<string, LogEntry>;
  conflicts: RowConflict[];
}

/**
 * IMPORTANT: the merge rule, as a pure function of the set of changes of one row, so any order and
 * any repetition of arrivals gives the same result on every install.
 * - The row's owner: for a table keyed by organisation, the one its id names (`fixedOwner`); otherwise the
 *   organisation of its first create (lowest clock), a real organisation's create before this install's local one
 *   (LOCAL_ORG: the built-in sample, which any organisation may take over by publishing it).
 * - Only the owner's changes count; others' are kept in the log but set aside (the import refuses them where the
 *   table's rule says so, owner-rule.ts). `create` is first-write-wins.
 * - Every other group: last write wins by clock (the clock string orders by ms, counter, install).
 * - A change lost concurrently when nobody later built on it (as base) or knowingly replaced it
 *   (`supersedes`), and its value is neither the winner's nor one somebody saw and replaced: a conflict for a person.
 *   Not a conflict: an earlier change of the winner's own install (one install's changes are in causal order), and
 *   a loser while the winner's history is incomplete (its base has not arrived yet: it may have seen the loser).
 * - A winning delete hides the row; each group's winner the delete did not see is kept, as a conflict.
 */
export function computeRowState(entries: readonly LogEntry[], fixedOwner?: string | null): RowState {
  return oneEntryPerGroup(entries, fixedOwner) ?? computeRowStateByRule(entries, fixedOwner);
}

/** The owner of a row from its entries (see computeRowState). */
export function ownerOfEntries(entries: readonly LogEntry[], fixedOwner?: string | null): string | null {
  if (fixedOwner !== undefined) return fixedOwner;
  let real: LogEntry | undefined;
  let local: LogEntry | undefined;
  for (const e of entries) {
    if (e.group !== CREATE_GROUP) continue;
    if (e.org === LOCAL_ORG) {
      if (!local || e.hlc < local.hlc) local = e;
    } else if (!real || e.hlc < real.hlc) real = e;
  }
  return (real ?? local)?.org ?? null;
}

/** The rule above in full, for any set of entries (exported so a property test holds the shortcut to it). */
export function computeRowStateByRule(entries: readonly LogEntry[], fixedOwner?: string | null): RowState {
  const owner = ownerOfEntries(entries, fixedOwner);
  // While nobody owns the row (its create has not arrived), everything is kept as it would be once it does.
  const eligible = owner === null && fixedOwner === undefined ? entries : entries.filter((e) => e.org === owner);
  let create: LogEntry | undefined;
  for (const e of eligible) if (e.group === CREATE_GROUP && (!create || e.hlc < create.hlc)) create = e;

  const winners = new Map<string, LogEntry>();
  const seen = new Set<string>();
  const byHlc = new Map<string, LogEntry>();
  for (const e of eligible) {
    byHlc.set(e.hlc, e);
    if (e.baseHlc) seen.add(e.baseHlc);
    for (const s of e.supersedes) seen.add(s);
    if (e.group === CREATE_GROUP) continue;
    const w = winners.get(e.group);
    if (!w || e.hlc > w.hlc) winners.set(e.group, e);
  }
  if (create) winners.set(CREATE_GROUP, create);

  // A value someone saw and replaced (or that won) is not lost, whoever else also wrote it.
  const seenValues = new Set<string>();
  for (const e of eligible) if (seen.has(e.hlc) || winners.get(e.group) === e) seenValues.add(`${e.group}\u0000${e.value}`);
  const historyKnown = (w: LogEntry): boolean => {
    for (let base = w.baseHlc, steps = 0; base !== null && steps <= byHlc.size; steps += 1) {
      const b = byHlc.get(base);
      if (!b) return false;
      base = b.baseHlc;
    }
    return true;
  };
  const causallyBefore = (e: LogEntry, w: LogEntry) => e.install === w.install && e.seq < w.seq;

  const conflicts: RowConflict[] = [];
  for (const e of eligible) {
    const w = winners.get(e.group);
    if (!w || w.hlc === e.hlc || seenValues.has(`${e.group}\u0000${e.value}`)) continue;
    if (e.group === CREATE_GROUP || seen.has(e.hlc) || causallyBefore(e, w) || !historyKnown(w)) continue;
    conflicts.push({ loser: e, winner: w, kind: 'concurrent' });
  }
  const del = winners.get(DELETED_GROUP);
  if (del && isDeletedValue(del.value)) {
    for (const [group, w] of winners) {
      if (group === CREATE_GROUP || group === DELETED_GROUP || seen.has(w.hlc) || w.hlc === del.hlc || causallyBefore(w, del)) continue;
      conflicts.push({ loser: w, winner: del, kind: 'deleted' });
    }
  }
  conflicts.sort((a, b) => (a.loser.hlc < b.loser.hlc ? -1 : a.loser.hlc > b.loser.hlc ? 1 : 0));
  return { owner, winners, conflicts };
}

/**
 * The common row (every import of a new item is one): one entry per group, no delete. Nothing can have lost, so the
 * winners are the entries themselves: the same result as the general rule, without its sets of seen clocks and values.
 */
function oneEntryPerGroup(entries: readonly LogEntry[], fixedOwner: string | null | undefined): RowState | null {
  const winners = new Map<string, LogEntry>();
  for (const e of entries) {
    if (e.group === DELETED_GROUP || winners.has(e.group)) return null;
    winners.set(e.group, e);
  }
  const owner = fixedOwner !== undefined ? fixedOwner : (winners.get(CREATE_GROUP)?.org ?? null);
  // Another organisation's change to the row is not eligible: the full rule sets it aside.
  if (owner !== null || fixedOwner !== undefined) for (const e of entries) if (e.org !== owner) return null;
  return { owner, winners, conflicts: [] };
}

export function isDeletedValue(json: string): boolean {
  return (JSON.parse(json) as { deleted?: unknown }).deleted === true;
}
