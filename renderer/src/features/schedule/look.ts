import type { ItemKind, ItemStatus } from '../../../../shared/domain/types';
import { formatViDate } from '../../../../shared/domain/dates';

/** Status → CSS class (colours in schedule.css, always shown with a text label too). */
export function statusClass(status: ItemStatus): string {
  return `st-${status.replace('_', '-')}`;
}

export const KIND_ICONS: Record<ItemKind, string> = {
  segment: '📺',
  article: '📰',
  talkshow: '🎙',
  dialogue: '💬',
  report: '🎬',
  news: '📣',
  other: '•',
};

// Names of kinds, outlets and statuses are in the interface language: see useLabels.ts.
export { formatViDate };
