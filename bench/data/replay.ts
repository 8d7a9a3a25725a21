import type { Core } from '../../electron/core/core';
import { dayNumber, fromDayNumber } from '../../shared/domain/dates';
import { applyTransition, type Transition } from '../../shared/domain/schedule/workflow';
import { withMove, type SeriesException } from '../../shared/domain/schedule/series';
import type { DoneRecord, ItemStatus, Outlet } from '../../shared/domain/types';
import { itemPatchWrites, newItemWrites, transitionFields } from '../../electron/core/schedule/item-writes';
import type { LocalWrite } from '../../electron/core/sync/write-path';
import type { ItemEvent, ItemSpec, SeriesSpec } from './year-plan';
import type { OrgWriter } from './writers';

export interface Action {
  date: string;
  run: (r: Replayer) => void;
}

interface ItemState {
  status: ItemStatus;
  plannedDate: string;
  outlet: Outlet;
  done: DoneRecord | null;
  seriesId: string | null;
  occurrence: string | null;
}

/**
 * Replays generated user actions day by day (one transaction per day, one write-path call per action),
 * with the shared clock set to that day, so the change log reads like years of real use.
 */
export class Replayer {
  private readonly buckets = new Map<number, Action[]>();
  private cursor = -Infinity;
  private readonly state = new Map<string, ItemState>();
  private readonly exceptions = new Map<string, SeriesException[]>();
  refused = 0;

  constructor(
    private readonly core: Core,
    private readonly clock: { ms: number },
    private readonly today: string,
    private readonly writers: readonly OrgWriter[],
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
    this.state.set(it.id, {
      status: 'planned',
      plannedDate: it.createdPlannedDate,
      outlet: it.outlet,
      done: null,
      seriesId: it.seriesId,
      occurrence: it.occurrence,
    });
    for (const ev of it.events) if (ev.date <= this.today) this.add({ date: ev.date, run: (r) => r.applyEvent(w, it, ev) });
  }

  private itemWrites(w: OrgWriter, it: ItemSpec): LocalWrite[] {
    return newItemWrites(it.id, {
      orgId: w.orgId,
      kind: it.kind,
      seriesId: it.seriesId,
      occurrence: it.occurrence,
      createdAt: new Date(this.clock.ms).toISOString(),
      title: it.title,
      description: '',
      topics: it.topics,
      outlet: it.outlet,
      plannedDate: it.createdPlannedDate,
      plannedTime: it.plannedTime,
      durationMin: it.durationMin,
      taskIds: it.taskIds,
      editor: it.editor,
      producer: it.producer,
      notes: '',
      status: 'planned',
      statusReason: null,
    });
  }

  createItem(w: OrgWriter, it: ItemSpec): void {
    w.write(this.itemWrites(w, it), it.editor);
    this.schedule(w, it);
  }

  /** Like "create series": the series row and every episode in one action. */
  createSeries(w: OrgWriter, s: SeriesSpec): void {
    const g = (group: string, value: Record<string, unknown>): LocalWrite => ({ table: 'series', rowId: s.id, group, value });
    const writes: LocalWrite[] = [
      g('create', { orgId: w.orgId, kind: s.kind, createdAt: new Date(this.clock.ms).toISOString() }),
      g('content', { title: s.title, description: '', topics: s.topics, outlet: s.outlet }),
      g('rule', { recurrence: s.recurrence, startDate: s.startDate, endDate: s.endDate }),
      g('schedule', { plannedTime: s.plannedTime, durationMin: s.durationMin }),
      g('exceptions', { exceptions: [] }),
      g('links', { taskIds: s.taskIds }),
      g('people', { editor: s.editor, producer: s.producer }),
      g('notes', { notes: '' }),
    ];
    for (const ep of s.episodes) writes.push(...this.itemWrites(w, ep));
    w.write(writes, s.editor);
    this.exceptions.set(s.id, []);
    for (const ep of s.episodes) this.schedule(w, ep);
  }

  applyEvent(w: OrgWriter, it: ItemSpec, ev: ItemEvent): void {
    const st = this.state.get(it.id)!;
    const db = this.core.ctx.db;
    if (ev.kind === 'move') {
      if (st.status === 'done' || st.status === 'cancelled' || st.plannedDate === ev.to) return;
      w.write(itemPatchWrites(db, it.id, { plannedDate: ev.to }), it.editor);
      st.plannedDate = ev.to;
      return;
    }
    if (ev.kind === 'retitle') {
      w.write(itemPatchWrites(db, it.id, { title: ev.title }), it.editor);
      return;
    }
    this.transition(w, it, st, ev.t, ev.date);
  }

  /** What the items service's runTransition writes, decided by the same workflow function. */
  private transition(w: OrgWriter, it: ItemSpec, st: ItemState, t: Transition, date: string): void {
    const r = applyTransition(st, t, { today: date, now: new Date(this.clock.ms).toISOString(), by: it.producer });
    if (!r.ok) {
      this.refused += 1;
      return;
    }
    const p = r.patch;
    const writes = itemPatchWrites(this.core.ctx.db, it.id, transitionFields(p, st.status === 'done', { evidenceFile: null, evidenceSha256: null }));
    if (p.plannedDate && st.seriesId && st.occurrence) {
      const ex = withMove(this.exceptions.get(st.seriesId) ?? [], st.occurrence, p.plannedDate);
      this.exceptions.set(st.seriesId, ex);
      writes.push({ table: 'series', rowId: st.seriesId, group: 'exceptions', value: { exceptions: ex } });
    }
    w.write(writes, t.to === 'done' ? it.producer : it.editor);
    st.status = p.status;
    st.done = p.done;
    if (p.plannedDate) st.plannedDate = p.plannedDate;
  }
}
