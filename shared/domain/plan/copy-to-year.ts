import { moveCadenceToYear, moveDateToYear } from '../cadence/move-year';
import { parseTimeframe } from '../cadence/parse-timeframe';
import type { Cadence, PlanTask } from '../types';
import { nameBasedUuid, planIdOf, taskIdOf } from './ids';
import type { PlanFields } from './build-plan';

/** Replaces the old year wherever it stands alone in a text ("Tháng 5/2020" → "Tháng 5/2021"). */
export function replaceYear(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));
}

/**
 * A plan copied to a new year: windows move to that year, timeframe texts and the title name
 * the new year, the number is left for the user to fill in
 * (empty unless given). Tasks keep their codes.
 */
export function copyPlanToYear(plan: PlanFields, tasks: readonly PlanTask[], year: number, number: string): { plan: PlanFields; tasks: PlanTask[] } {
  // Without a number yet, the copy's id comes from the original and the year, so copying the same
  // plan to the same year twice (or on two machines) gives the same plan, never two.
  const id = number.trim() ? planIdOf(plan.issuer, number, year) : nameBasedUuid('plan-copy', `${plan.id}\u0000${year}`);
  if (plan.yearTo && plan.yearTo > plan.year) return copyPeriod(plan, tasks, id, year, number);
  return {
    plan: {
      id,
      issuer: plan.issuer,
      number,
      date: null,
      year,
      title: replaceYear(plan.title, plan.year, year),
      basedOn: [...plan.basedOn],
    },
    tasks: tasks.map((t) => {
      const timeframe = replaceYear(t.timeframe, plan.year, year);
      // A cadence a person set is moved; a parsed one is re-read from the moved text, which
      // gives the same windows and keeps recurring cadences aligned with the new calendar.
      const reread = parseTimeframe(timeframe, year);
      const moved = moveCadenceToYear(t.cadence, year);
      return copiedTask(t, id, timeframe, reread, moved);
    }),
  };
}

/**
 * A task of the copy: its own id in the new plan, the moved timeframe text, and the cadence read again from that text
 * unless a person set the original's (or the new text no longer reads while the old one did): then the moved one.
 */
function copiedTask(t: PlanTask, planId: string, timeframe: string, reread: Cadence, moved: Cadence): PlanTask {
  return {
    ...t,
    id: taskIdOf(planId, t.code),
    planId,
    timeframe,
    cadence: t.cadenceOverridden || (reread.kind === 'unknown' && t.cadence.kind !== 'unknown') ? moved : reread,
    leads: [...t.leads],
    partners: [...t.partners],
  };
}

/** Every year of `from`…`to` standing alone in a text, moved by `shift` at once ("2026–2030" → "2031–2035"). */
function shiftYears(text: string, from: number, to: number, shift: number): string {
  return text.replace(/(?<!\d)(\d{4})(?!\d)/g, (y) => (Number(y) >= from && Number(y) <= to ? String(Number(y) + shift) : y));
}

/** A plan of several years copied to a period of the same length starting in `year` (2026–2030 → 2031–2035). */
function copyPeriod(plan: PlanFields, tasks: readonly PlanTask[], id: string, year: number, number: string): { plan: PlanFields; tasks: PlanTask[] } {
  const shift = year - plan.year;
  const last = plan.yearTo! + shift;
  const move = (text: string) => shiftYears(text, plan.year, plan.yearTo!, shift);
  return {
    plan: { id, issuer: plan.issuer, number, date: null, year, yearTo: last, title: move(plan.title), basedOn: [...plan.basedOn] },
    tasks: tasks.map((t) => {
      const timeframe = move(t.timeframe);
      const reread = parseTimeframe(timeframe, year, last);
      // A cadence a person set keeps its days, each window moved by the same number of years.
      const moved: Cadence =
        t.cadence.kind === 'windows'
          ? {
              kind: 'windows',
              windows: t.cadence.windows.map((w) => ({
                from: moveDateToYear(w.from, Number(w.from.slice(0, 4)) + shift),
                to: moveDateToYear(w.to, Number(w.to.slice(0, 4)) + shift),
                count: w.count,
              })),
            }
          : t.cadence;
      return copiedTask(t, id, timeframe, reread, moved);
    }),
  };
}
