import { CREATE_GROUP, DELETED_GROUP } from './registry';

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
 * - The row belongs to the organisation of its first create (lowest clock); `create` is first-write-wins.
 * - Changes stamped with another organisation are ignored (they could only come from a forged or copied file),
 *   except in shared tables (the plan, the directory), where every organisation creates the same rows.
 * - Every other group: last write wins by clock (the clock string orders by ms, counter, install).
 * - A change lost concurrently when nobody later built on it (as base) or knowingly replaced it
 *   (`supersedes`), and its value is neither the winner's nor one somebody saw and replaced: a conflict for a person.
 * - A winning delete hides the row; each group's winner the delete did not see is kept, as a conflict.
 */
export function computeRowState(entries: readonly LogEntry[], shared = false): RowState {
  return oneEntryPerGroup(entries, shared) ?? computeRowStateByRule(entries, shared);
}

/** The rule above in full, for any set of entries (exported so a property test holds the shortcut to it). */
export function computeRowStateByRule(entries: readonly LogEntry[], shared = false): RowState {
  let create: LogEntry | undefined;
  for (const e of entries) if (e.group === CREATE_GROUP && (!create || e.hlc < create.hlc)) create = e;
  const owner = create?.org ?? null;
  const eligible = owner === null || shared ? entries : entries.filter((e) => e.org === owner);

  const winners = new Map<string, LogEntry>();
  const seen = new Set<string>();
  for (const e of eligible) {
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

  const conflicts: RowConflict[] = [];
  for (const e of eligible) {
    const w = winners.get(e.group);
    if (!w || w.hlc === e.hlc || seenValues.has(`${e.group}\u0000${e.value}`)) continue;
    if (e.group === CREATE_GROUP ? shared : seen.has(e.hlc)) continue; // shared rows: every org creates its own copy
    conflicts.push({ loser: e, winner: w, kind: 'concurrent' });
  }
  const del = winners.get(DELETED_GROUP);
  if (del && isDeletedValue(del.value)) {
    for (const [group, w] of winners) {
      if (group === CREATE_GROUP || group === DELETED_GROUP || seen.has(w.hlc) || w.hlc === del.hlc) continue;
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
function oneEntryPerGroup(entries: readonly LogEntry[], shared: boolean): RowState | null {
  const winners = new Map<string, LogEntry>();
  for (const e of entries) {
    if (e.group === DELETED_GROUP || winners.has(e.group)) return null;
    winners.set(e.group, e);
  }
  const owner = winners.get(CREATE_GROUP)?.org ?? null;
  // Another organisation's change to the row is not eligible: the full rule sets it aside.
  if (!shared && owner !== null) for (const e of entries) if (e.org !== owner) return null;
  return { owner, winners, conflicts: [] };
}

export function isDeletedValue(json: string): boolean {
  return (JSON.parse(json) as { deleted?: unknown }).deleted === true;
}
