import type { TaskStatus, WindowResult } from '../compliance-types';
import type { IsoDate } from '../types';

/**
 * A windowed task over a period, from its windows overlapping the period:
 * behind if an ended window is partial/missing, else late if one is late, else met;
 * upcoming while none has ended; none when nothing is required in the period.
 */
export function windowedTaskStatus(windows: readonly WindowResult[], asOf: IsoDate): TaskStatus {
  if (windows.length === 0) return 'none';
  const ended = windows.filter((w) => w.to <= asOf);
  if (ended.length === 0) return 'upcoming';
  if (ended.some((w) => w.status === 'partial' || w.status === 'missing')) return 'behind';
  if (ended.some((w) => w.status === 'late')) return 'late';
  return 'met';
}
