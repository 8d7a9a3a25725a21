import type { ItemKind, ItemStatus, Outlet } from '../../../../shared/domain/types';
import { KIND_LABELS, OUTLET_LABELS, statusLabel } from '../../../../shared/domain/schedule/labels';
import { formatViDate } from '../../../../shared/domain/dates';
import type { ScheduleItem } from '../../../../shared/contract/items';

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

export const OUTLET_SHORT: Record<Outlet, string> = {
  tv: 'TH',
  radio: 'PT',
  print: 'Báo in',
  online: 'Báo ĐT',
  portal: 'Cổng TT',
  'district-radio': 'Đài huyện',
};

export function itemSummary(i: ScheduleItem): string {
  return `${KIND_LABELS[i.kind]} · ${OUTLET_LABELS[i.outlet]} · ${formatViDate(i.plannedDate)}${i.plannedTime ? ` ${i.plannedTime}` : ''} · ${statusLabel(i.status, i.outlet)}`;
}

export { KIND_LABELS, OUTLET_LABELS, statusLabel, formatViDate };
