import { CREATE_GROUP, DELETED_GROUP } from './registry';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';
import type { LogRecord } from './log-record';

/** What the merge rule reads of a logged change of one row (`valueJson` is canonical JSON, so equal values are equal text). */
export type LogEntry = Pick<LogRecord, 'install' | 'seq' | 'org' | 'group' | 'valueJson' | 'hlc' | 'baseHlc' | 'supersedesJson'>;

interface RowConflict {
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
 * - A stewarded row may be handed on: its steward's `steward` change names the next one, whose time starts at that
 *   clock. Only the changes of the owner of their time count; others' (and a former steward's after its hand-over)
 *   are kept in the log but set aside (the import refuses them where the table's rule says so, owner-rule.ts).
 *   `create` is first-write-wins.
 * - Every other group: last write wins by clock (the clock string orders by ms, counter, install).
 * - A change lost concurrently when nobody later built on it (as base) or knowingly replaced it
 *   (`supersedes`), and its value is neither the winner's nor one somebody saw and replaced: a conflict for a person.
 *   Not a conflict: an earlier change of the winner's own install (one install's changes are in causal order), and
 *   a loser while the winner's history is incomplete (its base has not arrived yet: it may have seen the loser).
 * - A winning delete hides the row; each group's winner the delete did not see is kept, as a conflict.
 */
export function computeRowState(entries: readonly LogEntry[], rule: RowRule = {}): RowState {
  return oneEntryPerGroup(entries, rule) ?? computeRowStateByRule(entries, rule);
}

/**
 * How a table's rows are owned (registry.ts rowRuleOf): `fixedOwner` for a table keyed by organisation (the owner its
 * id names); `transfers` for stewarded rows whose steward may hand them to another organisation (the `steward` group).
 */
export interface RowRule {
  fixedOwner?: string | null;
  transfers?: boolean;
}

export const STEWARD_GROUP = 'steward';

/** Who owned the row when: the first creator from the start, each later steward from its hand-over on. */
interface OwnerWindow {
  org: string;
  from: string;
  /** The clock of the hand-over that ended this steward's time; null for the current one. */
  to: string | null;
}

function stewardNamed(e: LogEntry): string | null {
  const v = (JSON.parse(e.valueJson) as { stewardOrg?: unknown }).stewardOrg;
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function ownerWindows(entries: readonly LogEntry[], rule: RowRule): OwnerWindow[] | null {
  const first = ownerOfEntries(entries, rule.fixedOwner);
  if (first === null) return null;
  const windows: OwnerWindow[] = [{ org: first, from: '', to: null }];
  if (!rule.transfers || rule.fixedOwner !== undefined) return windows;
  // Each steward may hand the row on once: its first hand-over after it took the row ends its time.
  for (let i = 0; i < entries.length; i += 1) {
    const cur = windows[windows.length - 1]!;
    let next: LogEntry | undefined;
    for (const e of entries) {
      if (e.group !== STEWARD_GROUP || e.org !== cur.org || e.hlc <= cur.from) continue;
      const to = stewardNamed(e);
      if (to === null || to === cur.org) continue;
      if (!next || e.hlc < next.hlc) next = e;
    }
    if (!next) break;
    cur.to = next.hlc;
    windows.push({ org: stewardNamed(next)!, from: next.hlc, to: null });
  }
  return windows;
}

/** Whether a change was its writer's to make: written by the steward of the time (a hand-over counts as its last act). */
function inWindow(e: LogEntry, windows: readonly OwnerWindow[]): boolean {
  return windows.some((w) => e.org === w.org && e.hlc >= w.from && (w.to === null || e.hlc < w.to || (e.hlc === w.to && e.group === STEWARD_GROUP)));
}

/** The owner of a row from its entries (see computeRowState). */
function ownerOfEntries(entries: readonly LogEntry[], fixedOwner?: string | null): string | null {
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
export function computeRowStateByRule(entries: readonly LogEntry[], rule: RowRule = {}): RowState {
  const windows = ownerWindows(entries, rule);
  const owner = windows ? windows[windows.length - 1]!.org : null;
  // While nobody owns the row (its create has not arrived), everything is kept as it would be once it does.
  const eligible = windows === null ? (rule.fixedOwner === undefined ? entries : []) : entries.filter((e) => inWindow(e, windows));
  let create: LogEntry | undefined;
  for (const e of eligible) if (e.group === CREATE_GROUP && (!create || e.hlc < create.hlc)) create = e;

  const winners = new Map<string, LogEntry>();
  const seen = new Set<string>();
  const byHlc = new Map<string, LogEntry>();
  for (const e of eligible) {
    byHlc.set(e.hlc, e);
    if (e.baseHlc) seen.add(e.baseHlc);
    if (e.supersedesJson) for (const s of JSON.parse(e.supersedesJson) as string[]) seen.add(s);
    if (e.group === CREATE_GROUP) continue;
    const w = winners.get(e.group);
    if (!w || e.hlc > w.hlc) winners.set(e.group, e);
  }
  if (create) winners.set(CREATE_GROUP, create);

  // A value someone saw and replaced (or that won) is not lost, whoever else also wrote it.
  const seenValues = new Set<string>();
  for (const e of eligible) if (seen.has(e.hlc) || winners.get(e.group) === e) seenValues.add(`${e.group}\u0000${e.valueJson}`);
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
    if (!w || w.hlc === e.hlc || seenValues.has(`${e.group}\u0000${e.valueJson}`)) continue;
    if (e.group === CREATE_GROUP || seen.has(e.hlc) || causallyBefore(e, w) || !historyKnown(w)) continue;
    conflicts.push({ loser: e, winner: w, kind: 'concurrent' });
  }
  const del = winners.get(DELETED_GROUP);
  if (del && isDeletedValue(del.valueJson)) {
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
function oneEntryPerGroup(entries: readonly LogEntry[], rule: RowRule): RowState | null {
  const fixedOwner = rule.fixedOwner;
  const winners = new Map<string, LogEntry>();
  for (const e of entries) {
    if (e.group === DELETED_GROUP || e.group === STEWARD_GROUP || winners.has(e.group)) return null;
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
