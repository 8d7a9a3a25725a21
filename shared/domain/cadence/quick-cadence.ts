import type { Cadence, CadenceWindow } from '../types';
import { buildCadence } from './editor-spec';
import type { PeriodUnit } from './periods';

/** The cadences a person can give a flagged timeframe with one click in the import preview. */
export const QUICK_CADENCES = ['ongoing', 'month', 'quarter', 'half', 'year'] as const;
export type QuickCadence = (typeof QUICK_CADENCES)[number];

/** Once per period in every year of the plan (`year`…`lastYear`), or ongoing. */
export function quickCadence(choice: QuickCadence, year: number, lastYear: number = year): Cadence {
  if (choice === 'ongoing') return { kind: 'ongoing' };
  const windows: CadenceWindow[] = [];
  for (let y = year; y <= lastYear; y += 1) {
    const built = buildCadence({ mode: 'every', period: choice as PeriodUnit, count: 1, fromMonth: 1, toMonth: 12 }, y);
    if (built.ok && built.cadence.kind === 'windows') windows.push(...built.cadence.windows);
  }
  return { kind: 'windows', windows };
}
