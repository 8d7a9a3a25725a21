import { addDays, dayNumber, fromDayNumber, isoDate, weekday } from '../../shared/domain/dates';
import { deterministicId } from '../../shared/domain/ids';
import { occurrencesInRange } from '../../shared/domain/schedule/series';
import type { Recurrence } from '../../shared/domain/schedule/recurrence';
import type { ItemKind, Outlet } from '../../shared/domain/types';
import type { Transition } from '../../shared/domain/schedule/workflow';
import { Rng } from '../lib/prng';
import { CANCEL_REASONS, KINDS_BY_OUTLET, POSTPONE_REASONS, SLOTS, TOPICS, titleFor, type OrgProfile } from './vocab';

/** What happens to an item after it is created, in date order. */
export type ItemEvent =
  { date: string; kind: 'transition'; t: Transition } | { date: string; kind: 'move'; to: string } | { date: string; kind: 'retitle'; title: string };

/** What an item and a series both name: the work, where it goes out, its topics and the plan's tasks it serves. */
interface WorkSpec {
  id: string;
  kind: ItemKind;
  outlet: Outlet;
  title: string;
  topics: string[];
  taskIds: string[];
}

export interface ItemSpec extends WorkSpec {
  /** Date written at creation (differs from the final one when the item is moved later). */
  createdPlannedDate: string;
  plannedTime: string | null;
  durationMin: number | null;
  editor: string;
  producer: string;
  seriesId: string | null;
  occurrence: string | null;
  createdDate: string;
  events: ItemEvent[];
}

export interface SeriesSpec extends WorkSpec {
  recurrence: Recurrence;
  startDate: string;
  endDate: string;
  plannedTime: string | null;
  durationMin: number | null;
  editor: string;
  producer: string;
  createdDate: string;
  episodes: ItemSpec[];
}

export interface YearSpec {
  series: SeriesSpec[];
  items: ItemSpec[];
}

/** Task codes an outlet's items usually serve (codes of the built-in plan, kept by yearly copies). */
const TASKS_BY_OUTLET: Record<Outlet, readonly string[]> = {
  tv: ['05', 'III.1.2-b', '04'],
  radio: ['III.1.2-a', '04'],
  'district-radio': ['01', '04'],
  print: ['06', 'III.1.3', '02'],
  online: ['06', 'III.1.3'],
  portal: ['01', '07', '08', '09', '10'],
};
const TASKS_BY_KIND: Partial<Record<ItemKind, readonly string[]>> = { talkshow: ['03', 'III.1.2-c'], dialogue: ['III.1.2-c', '03'] };

const TIMES: Record<Outlet, readonly (string | null)[]> = {
  tv: ['19:00', '19:30', '20:15', '11:30'],
  radio: ['06:30', '11:15', '17:00'],
  'district-radio': ['05:30', '17:30'],
  print: [null],
  online: ['07:00', '09:30', '15:00', null],
  portal: [null, '08:00'],
};

const BROADCAST = new Set<Outlet>(['tv', 'radio', 'district-radio']);

interface SeriesTemplate {
  org: OrgProfile['key'];
  kind: ItemKind;
  outlet: Outlet;
  title: string;
  recurrence: Recurrence;
  time: string | null;
  duration: number | null;
  tasks: readonly string[];
}

const SERIES: readonly SeriesTemplate[] = [
  {
    org: 'station',
    kind: 'segment',
    outlet: 'tv',
    title: 'Chuyên mục Cải cách hành chính',
    recurrence: { kind: 'monthlyWeekday', nth: 2, weekday: 4 },
    time: '20:15',
    duration: 15,
    tasks: ['05', 'III.1.2-b'],
  },
  {
    org: 'station',
    kind: 'segment',
    outlet: 'radio',
    title: 'Chuyên mục CCHC trên sóng phát thanh',
    recurrence: { kind: 'monthlyDay', day: 20, shortMonths: 'clamp' },
    time: '11:15',
    duration: 10,
    tasks: ['III.1.2-a'],
  },
  {
    org: 'newspaper',
    kind: 'article',
    outlet: 'print',
    title: 'Góc cải cách hành chính',
    recurrence: { kind: 'weekly', weekdays: [3] },
    time: null,
    duration: null,
    tasks: ['06', 'III.1.3'],
  },
];

export interface YearInput {
  seed: string;
  org: OrgProfile;
  year: number;
  count: number;
  /** Task id by code in this year's plan. */
  taskIdByCode: ReadonlyMap<string, string>;
  /** The generated data's "today": later items are still open. */
  today: string;
}

function ids(codes: readonly string[], byCode: ReadonlyMap<string, string>): string[] {
  return codes.map((c) => byCode.get(c)).filter((x): x is string => x !== undefined);
}

/** Status history of one item planned on `planned` (everything after `today` stays open). */
function lifecycle(rng: Rng, item: ItemSpec, planned: string, today: string): ItemEvent[] {
  const ev: ItemEvent[] = [];
  const after = (d: string) => (d < item.createdDate ? item.createdDate : d);
  if (item.createdPlannedDate !== planned) ev.push({ date: addDays(item.createdDate, 1), kind: 'move', to: planned });
  if (rng.chance(0.05)) ev.push({ date: addDays(item.createdDate, 1), kind: 'retitle', title: `${item.title} (cập nhật)` });
  if (planned > today) {
    if (dayNumber(planned) - dayNumber(today) < 7 && rng.chance(0.5))
      ev.push({ date: after(addDays(planned, -7)), kind: 'transition', t: { to: 'in_production' } });
    return ev.filter((e) => e.date <= today);
  }
  const done = (date: string): ItemEvent => ({
    date,
    kind: 'transition',
    t: {
      to: 'done',
      record: {
        at: date,
        time: item.plannedTime ?? (BROADCAST.has(item.outlet) ? '19:30' : null),
        durationMin: BROADCAST.has(item.outlet) ? (item.durationMin ?? rng.int(3, 30)) : null,
        slot: BROADCAST.has(item.outlet) ? rng.pick(SLOTS) : null,
        issueNo: item.outlet === 'print' ? String(rng.int(1000, 9999)) : null,
        page: item.outlet === 'print' ? String(rng.int(1, 16)) : null,
        link: item.outlet === 'online' || item.outlet === 'portal' ? `https://cchc.haiduong.gov.vn/tin/${item.id.slice(0, 8)}` : null,
      },
    },
  });
  const r = rng.next();
  if (r < 0.06) {
    ev.push({ date: after(addDays(planned, -rng.int(1, 5))), kind: 'transition', t: { to: 'cancelled', reason: rng.pick(CANCEL_REASONS) } });
  } else if (r < 0.14) {
    const newDate = addDays(planned, rng.int(5, 25));
    ev.push({ date: after(addDays(planned, -rng.int(1, 3))), kind: 'transition', t: { to: 'postponed', newDate, reason: rng.pick(POSTPONE_REASONS) } });
    if (newDate <= today && rng.chance(0.85)) ev.push(done(newDate));
  } else if (r < 0.2) {
    if (rng.chance(0.5)) ev.push({ date: after(addDays(planned, -rng.int(2, 6))), kind: 'transition', t: { to: 'in_production' } });
  } else {
    ev.push({ date: after(addDays(planned, -rng.int(2, 6))), kind: 'transition', t: { to: 'in_production' } });
    if (rng.chance(0.5)) ev.push({ date: after(addDays(planned, -1)), kind: 'transition', t: { to: 'ready' } });
    const late = rng.weighted([
      [0, 85],
      [rng.int(1, 3), 10],
      [rng.int(10, 40), 5],
    ] as const);
    const at = addDays(planned, late);
    if (at <= today) ev.push(done(at));
  }
  return ev.filter((e) => e.date <= today);
}

function baseItem(rng: Rng, input: YearInput, n: number, outlet: Outlet, kind: ItemKind): Omit<ItemSpec, 'createdPlannedDate' | 'createdDate' | 'events'> {
  const pick = <T>(l: readonly T[]) => rng.pick(l);
  const codes = TASKS_BY_KIND[kind] ?? TASKS_BY_OUTLET[outlet];
  const taskCodes = rng.chance(0.15) ? [codes[0]!, rng.pick(codes.slice(1).length ? codes.slice(1) : codes)] : [rng.pick(codes)];
  return {
    id: deterministicId('bench-item', input.seed, input.org.key, String(input.year), String(n)),
    kind,
    outlet,
    title: titleFor(kind, pick),
    topics: rng.chance(0.7) ? [rng.pick(TOPICS)] : [rng.pick(TOPICS), rng.pick(TOPICS)].filter((t, i, a) => a.indexOf(t) === i),
    taskIds: [...new Set(ids(taskCodes, input.taskIdByCode))],
    plannedTime: rng.pick(TIMES[outlet]),
    durationMin: BROADCAST.has(outlet) ? rng.int(3, 45) : null,
    editor: rng.pick(input.org.editors),
    producer: rng.pick(input.org.producers),
    seriesId: null,
    occurrence: null,
  };
}

/** One organisation's year: its series (created in early December the year before) and one-off items. */
export function planYear(input: YearInput): YearSpec {
  const rng = new Rng(input.seed, input.org.key, input.year);
  const series: SeriesSpec[] = [];
  let n = 0;
  const seriesCreated = `${input.year - 1}-12-01`;
  for (const [i, t] of SERIES.entries()) {
    if (t.org !== input.org.key) continue;
    const id = deterministicId('bench-series', input.seed, input.org.key, String(input.year), String(i));
    const s: SeriesSpec = {
      id,
      kind: t.kind,
      outlet: t.outlet,
      title: `${t.title} ${input.year}`,
      topics: [TOPICS[i % TOPICS.length]!],
      taskIds: ids(t.tasks, input.taskIdByCode),
      recurrence: t.recurrence,
      startDate: isoDate(input.year, 1, 1),
      endDate: isoDate(input.year, 12, 31),
      plannedTime: t.time,
      durationMin: t.duration,
      editor: rng.pick(input.org.editors),
      producer: rng.pick(input.org.producers),
      createdDate: seriesCreated,
      episodes: [],
    };
    for (const occ of occurrencesInRange({ recurrence: s.recurrence, startDate: s.startDate, endDate: s.endDate }, [], s.startDate, s.endDate)) {
      const ep: ItemSpec = {
        ...baseItem(rng, input, n++, s.outlet, s.kind),
        title: s.title,
        topics: s.topics,
        taskIds: s.taskIds,
        plannedTime: s.plannedTime,
        durationMin: s.durationMin,
        editor: s.editor,
        producer: s.producer,
        seriesId: id,
        occurrence: occ.occurrence,
        createdPlannedDate: occ.date,
        createdDate: seriesCreated,
        events: [],
      };
      ep.events = lifecycle(rng, ep, occ.date, input.today);
      s.episodes.push(ep);
    }
    series.push(s);
  }
  const items: ItemSpec[] = [];
  const first = dayNumber(isoDate(input.year, 1, 1));
  const days = dayNumber(isoDate(input.year, 12, 31)) - first + 1;
  while (n < input.count) {
    const outlet = rng.weighted(input.org.outlets);
    const kind = rng.weighted(KINDS_BY_OUTLET[outlet]);
    let planned = fromDayNumber(first + rng.int(0, days - 1));
    if (weekday(planned) === 7 && rng.chance(0.8)) planned = addDays(planned, rng.chance(0.5) ? 1 : -1);
    if (planned.slice(0, 4) !== String(input.year)) planned = isoDate(input.year, 6, 15);
    const moved = rng.chance(0.1);
    const createdPlannedDate = moved ? addDays(planned, rng.chance(0.5) ? rng.int(1, 5) : -rng.int(1, 5)) : planned;
    const item: ItemSpec = {
      ...baseItem(rng, input, n++, outlet, kind),
      createdPlannedDate,
      createdDate: addDays(planned < createdPlannedDate ? planned : createdPlannedDate, -rng.int(7, 40)),
      events: [],
    };
    item.events = lifecycle(rng, item, planned, input.today);
    items.push(item);
  }
  return { series, items };
}
