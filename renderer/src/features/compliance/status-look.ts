import type { CellStatus, MatrixCell } from '../../../../shared/domain/compliance/matrix';
import type { TaskStatus } from '../../../../shared/domain/compliance-types';

/**
 * Every status shows an icon and words as well as its colour (colour-blind safe, ui.md).
 * `key` is the translation key under compliance.status, `css` the class in compliance.css.
 */
export interface Look {
  icon: string;
  key: string;
  css: string;
}

export function cellLook(cell: Pick<MatrixCell, 'status' | 'underPlanned' | 'flagged'>): Look {
  return statusLook(cell.status, cell.underPlanned, cell.flagged);
}

export function statusLook(status: CellStatus | TaskStatus, underPlanned = false, flagged = false): Look {
  switch (status) {
    case 'met':
      return { icon: '✓', key: 'met', css: 'st-met' };
    case 'late':
      return { icon: '!', key: 'late', css: 'st-late' };
    case 'partial':
      return { icon: '◐', key: 'partial', css: 'st-partial' };
    case 'missing':
      return { icon: '✗', key: 'missing', css: 'st-missing' };
    case 'behind':
      return { icon: '✗', key: 'behind', css: 'st-missing' };
    case 'upcoming':
      return underPlanned ? { icon: '⚠', key: 'underPlanned', css: 'st-upcoming st-warn' } : { icon: '○', key: 'upcoming', css: 'st-upcoming' };
    case 'ongoing':
      return flagged ? { icon: '∅', key: 'ongoingIdle', css: 'st-ongoing st-idle' } : { icon: '≡', key: 'ongoing', css: 'st-ongoing' };
    case 'unknown':
      return { icon: '?', key: 'unknown', css: 'st-unknown' };
    case 'none':
      return { icon: '—', key: 'none', css: 'st-none' };
  }
}

/** Grey level for ongoing activity: 0 (nothing) … 3 (a lot). */
export function activityLevel(done: number): number {
  return done === 0 ? 0 : done < 3 ? 1 : done < 6 ? 2 : 3;
}

/** Statuses shown in the legend, in reading order. */
export const LEGEND: Array<{ status: CellStatus; underPlanned?: boolean; flagged?: boolean }> = [
  { status: 'met' },
  { status: 'late' },
  { status: 'partial' },
  { status: 'missing' },
  { status: 'upcoming' },
  { status: 'upcoming', underPlanned: true },
  { status: 'ongoing' },
  { status: 'ongoing', flagged: true },
  { status: 'unknown' },
  { status: 'none' },
];
