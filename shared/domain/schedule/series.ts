import { addDays, isValidIsoDate } from '../dates';
import type { IsoDate, ItemStatus } from '../types';
import { generateDates, isOccurrence, type Recurrence, type SeriesRule } from './recurrence';

/**
 * One episode's departure from its series, keyed by the date the rule gives it (its occurrence).
 * Keying by the rule's date keeps an episode's identity when it is moved, so regenerating the series
 * never brings a skipped or moved episode back on its old day.
 */
export type SeriesException = { occurrence: IsoDate; action: 'skip' } | { occurrence: IsoDate; action: 'move'; date: IsoDate };

export interface Occurrence {
  /** The date the rule gives this episode (its stable key within the series). */
  occurrence: IsoDate;
  /** The date it actually takes place (differs when moved). */
  date: IsoDate;
  moved: boolean;
}

function exceptionMap(exceptions: readonly SeriesException[]): Map<IsoDate, SeriesException> {
  return new Map(exceptions.map((e) => [e.occurrence, e]));
}

/**
 * Episodes whose actual date falls in [from, to], sorted by date then occurrence. An episode moved into
 * the range counts even when its rule date is outside it, and one moved out of the range does not.
 */
export function occurrencesInRange(rule: SeriesRule, exceptions: readonly SeriesException[], from: IsoDate, to: IsoDate): Occurrence[] {
  const byOcc = exceptionMap(exceptions);
  const out: Occurrence[] = [];
  for (const d of generateDates(rule, from, to)) {
    const ex = byOcc.get(d);
    if (!ex) out.push({ occurrence: d, date: d, moved: false });
    else if (ex.action === 'move' && ex.date >= from && ex.date <= to) out.push({ occurrence: d, date: ex.date, moved: true });
  }
  for (const ex of byOcc.values()) {
    if (ex.action !== 'move' || ex.date < from || ex.date > to) continue;
    if (ex.occurrence >= from && ex.occurrence <= to) continue; // already handled above
    if (isOccurrence(rule, ex.occurrence)) out.push({ occurrence: ex.occurrence, date: ex.date, moved: true });
  }
  return out.sort((a, b) => (a.date === b.date ? (a.occurrence < b.occurrence ? -1 : 1) : a.date < b.date ? -1 : 1));
}

/** Record that one episode moves to `date`; moving it back to its own day removes the exception. */
export function withMove(exceptions: readonly SeriesException[], occurrence: IsoDate, date: IsoDate): SeriesException[] {
  if (!isValidIsoDate(date)) throw new Error(`not an ISO date: ${date}`);
  const rest = exceptions.filter((e) => e.occurrence !== occurrence);
  return date === occurrence ? rest : [...rest, { occurrence, action: 'move' as const, date }].sort(byOccurrence);
}

export function withSkip(exceptions: readonly SeriesException[], occurrence: IsoDate): SeriesException[] {
  return [...exceptions.filter((e) => e.occurrence !== occurrence), { occurrence, action: 'skip' as const }].sort(byOccurrence);
}

/** Undo a skip or a move: the episode returns to its rule date. */
export function withoutException(exceptions: readonly SeriesException[], occurrence: IsoDate): SeriesException[] {
  return exceptions.filter((e) => e.occurrence !== occurrence);
}

function byOccurrence(a: SeriesException, b: SeriesException): number {
  return a.occurrence < b.occurrence ? -1 : a.occurrence > b.occurrence ? 1 : 0;
}

export type EditScope = 'this' | 'following' | 'all';

export interface Episode {
  id: string;
  occurrence: IsoDate;
  status: ItemStatus;
}

/**
 * Which episodes an edit touches. "This" is only the target. "This and following" and "whole series" touch
 * the episodes from the target on (or all of them) that are not closed: a done or cancelled episode is a record
 * of what happened and a series edit never rewrites it (the target itself is always included).
 */
export function episodesInScope<E extends Episode>(episodes: readonly E[], target: E, scope: EditScope): E[] {
  if (scope === 'this') return [target];
  return episodes.filter(
    (e) => e.id === target.id || (e.status !== 'done' && e.status !== 'cancelled' && (scope === 'all' || e.occurrence >= target.occurrence)),
  );
}

/**
 * "This and following" with a new rule splits the series: the old one ends the day before `at`, a new one
 * starts at `at`. Exceptions go with the part that holds their occurrence.
 */
export function splitSeries(
  rule: SeriesRule,
  exceptions: readonly SeriesException[],
  at: IsoDate,
): { before: { rule: SeriesRule; exceptions: SeriesException[] } | null; after: { rule: SeriesRule; exceptions: SeriesException[] } } {
  const beforeEx = exceptions.filter((e) => e.occurrence < at);
  const afterEx = exceptions.filter((e) => e.occurrence >= at);
  const splitDates = (r: Recurrence, keep: (d: IsoDate) => boolean): Recurrence => (r.kind === 'dates' ? { kind: 'dates', dates: r.dates.filter(keep) } : r);
  const after: SeriesRule = {
    recurrence: splitDates(rule.recurrence, (d) => d >= at),
    startDate: at > rule.startDate ? at : rule.startDate,
    endDate: rule.endDate,
  };
  if (at <= rule.startDate) return { before: null, after: { rule: after, exceptions: afterEx } };
  const before: SeriesRule = {
    recurrence: splitDates(rule.recurrence, (d) => d < at),
    startDate: rule.startDate,
    endDate: addDays(at, -1),
  };
  return { before: { rule: before, exceptions: beforeEx }, after: { rule: after, exceptions: afterEx } };
}

export interface ReconcilePlan {
  /** Occurrences with no episode yet: create them. */
  create: Occurrence[];
  /** Planned episodes whose occurrence the rule no longer produces: remove them. */
  remove: string[];
  /** Episodes the rule no longer produces but that have progressed (in production, done…): keep, flag to a person. */
  orphaned: string[];
  /** Planned episodes whose date must follow a moved occurrence. */
  reschedule: Array<{ id: string; date: IsoDate }>;
}

/**
 * Bring a series' episodes in line with its (new) rule. Only untouched planned episodes are created,
 * removed or rescheduled automatically; anything a person has worked on is kept.
 */
export function reconcileEpisodes(wanted: readonly Occurrence[], episodes: ReadonlyArray<Episode & { date: IsoDate }>): ReconcilePlan {
  const have = new Map(episodes.map((e) => [e.occurrence, e]));
  const want = new Map(wanted.map((o) => [o.occurrence, o]));
  const plan: ReconcilePlan = { create: [], remove: [], orphaned: [], reschedule: [] };
  for (const o of wanted) {
    const e = have.get(o.occurrence);
    if (!e) plan.create.push(o);
    else if (e.status === 'planned' && e.date !== o.date) plan.reschedule.push({ id: e.id, date: o.date });
  }
  for (const e of episodes) {
    if (want.has(e.occurrence)) continue;
    if (e.status === 'planned') plan.remove.push(e.id);
    else plan.orphaned.push(e.id);
  }
  return plan;
}
