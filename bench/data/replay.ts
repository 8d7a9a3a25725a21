import type { Core } from '../../electron/core/core';
import { contract, type Channel, type Input, type ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/contract/errors';
import { dayNumber, fromDayNumber } from '../../shared/domain/dates';
import type { Transition } from '../../shared/domain/schedule/workflow';
import { createItem, markDone, moveItem, setStatus } from '../../electron/core/services/items-service';
import { updateItem } from '../../electron/core/services/items-edit';
import { createSeries } from '../../electron/core/services/schedule-series';
import type { ItemEvent, ItemSpec, SeriesSpec } from './year-plan';
import type { OrgWriter } from './writers';

/** A generated input checked as a call from the window is (the contract's schema), before the service gets it. */
function parsed<C extends Channel>(channel: C, input: Input<C>): ParsedInput<C> {
  return contract[channel].input.parse(input) as ParsedInput<C>;
}

export interface Action {
  date: string;
  run: (r: Replayer) => void;
}

/**
 * Replays generated user actions day by day through the app's services (what a click or `ltt` calls), with the
 * shared clock set to that day, so the change log reads like years of real use. What the services refuse (a
 * transition the workflow forbids, a move of a done item) is counted, as a user would have been told no.
 */
export class Replayer {
  private readonly buckets = new Map<number, Action[]>();
  private cursor = -Infinity;
  refused = 0;

  constructor(
    private readonly core: Core,
    private readonly clock: { ms: number },
    private readonly today: string,
  ) {}

  add(a: Action): void {
    const day = Math.max(dayNumber(a.date), this.cursor);
    let list = this.buckets.get(day);
    if (!list) this.buckets.set(day, (list = []));
    list.push(a);
  }

  runUntil(date: string): void {
    const last = dayNumber(date);
    const days = [...this.buckets.keys()].filter((d) => d <= last).sort((a, b) => a - b);
    // One transaction per month of simulated time (the boundaries change nothing in the data, only the speed).
    const months = new Map<string, number[]>();
    for (const day of days) {
      const m = fromDayNumber(day).slice(0, 7);
      if (!months.has(m)) months.set(m, []);
      months.get(m)!.push(day);
    }
    for (const monthDays of months.values()) {
      this.core.ctx.transact(() => {
        for (const day of monthDays) {
          this.cursor = day;
          const list = this.buckets.get(day)!;
          const iso = fromDayNumber(day);
          const base = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 1, 0);
          for (let i = 0; i < list.length; i += 1) {
            this.clock.ms = Math.max(this.clock.ms, base + i * 1500);
            list[i]!.run(this);
          }
          this.buckets.delete(day);
        }
      });
    }
    this.cursor = Math.max(this.cursor, last + 1);
  }

  private schedule(w: OrgWriter, it: ItemSpec): void {
    for (const ev of it.events) if (ev.date <= this.today) this.add({ date: ev.date, run: (r) => r.applyEvent(w, it, ev) });
  }

  createItem(w: OrgWriter, it: ItemSpec): void {
    w.act(
      it.editor,
      it.createdDate,
      (ctx) =>
        createItem(
          ctx,
          parsed('items:create', {
            kind: it.kind,
            outlet: it.outlet,
            plannedDate: it.createdPlannedDate,
            title: it.title,
            description: '',
            topics: it.topics,
            plannedTime: it.plannedTime,
            durationMin: it.durationMin,
            taskIds: it.taskIds,
            editor: it.editor,
            producer: it.producer,
            notes: '',
          }),
        ),
      [it.id],
    );
    this.schedule(w, it);
  }

  /** "Create series": the series row and every episode in one action. */
  createSeries(w: OrgWriter, s: SeriesSpec): void {
    w.act(
      s.editor,
      s.createdDate,
      (ctx) =>
        createSeries(
          ctx,
          parsed('series:create', {
            kind: s.kind,
            outlet: s.outlet,
            title: s.title,
            description: '',
            topics: s.topics,
            taskIds: s.taskIds,
            // The domain's type says any nth; the schema checks the generated one at run time.
            recurrence: s.recurrence as Input<'series:create'>['recurrence'],
            startDate: s.startDate,
            endDate: s.endDate,
            plannedTime: s.plannedTime,
            durationMin: s.durationMin,
            editor: s.editor,
            producer: s.producer,
            notes: '',
          }),
        ),
      [s.id, ...s.episodes.map((ep) => ep.id)],
    );
    for (const ep of s.episodes) this.schedule(w, ep);
  }

  applyEvent(w: OrgWriter, it: ItemSpec, ev: ItemEvent): void {
    try {
      if (ev.kind === 'move') w.act(it.editor, ev.date, (ctx) => moveItem(ctx, it.id, ev.to));
      else if (ev.kind === 'retitle')
        w.act(it.editor, ev.date, (ctx) => updateItem(ctx, parsed('items:update', { id: it.id, scope: 'this', patch: { title: ev.title } })));
      else this.transition(w, it, ev.t, ev.date);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      this.refused += 1;
    }
  }

  /** What the status menu and "mark done" call, in words the contract takes. */
  private transition(w: OrgWriter, it: ItemSpec, t: Transition, date: string): void {
    if (t.to === 'done') {
      w.act(it.producer, date, (ctx) => markDone(ctx, parsed('items:markDone', { id: it.id, ...t.record, by: it.producer })));
      return;
    }
    const reason = 'reason' in t && t.reason != null ? { reason: t.reason } : {};
    const newDate = t.to === 'postponed' ? { date: t.newDate } : {};
    w.act(it.editor, date, (ctx) => setStatus(ctx, parsed('items:setStatus', { id: it.id, status: t.to, ...reason, ...newDate })));
  }
}
