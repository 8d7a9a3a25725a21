import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemKind, ItemStatus, Outlet } from '../../../../shared/domain/types';
import { isBroadcast } from '../../../../shared/domain/schedule/labels';
import { formatViDate } from '../../../../shared/domain/dates';
import './translations';

/** Names the schedule screens show, in the interface language (Vietnamese as in shared/domain/schedule/labels.ts). */
export interface Labels {
  kind: (k: ItemKind) => string;
  outlet: (o: Outlet) => string;
  /** Short outlet for calendar chips and board cards: "TH", "Báo in". */
  outletShort: (o: Outlet) => string;
  /** `outlet` decides the wording of "done" (aired or published); without it, both. */
  status: (s: ItemStatus, outlet?: Outlet) => string;
  markDone: (o: Outlet) => string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: (n: number) => string;
  weekdayShort: (n: number) => string;
  /** "Tháng 5/2020". */
  monthTitle: (year: number, month: number) => string;
  /** "Chuyên mục · Truyền hình · 20/05/2020 19:45 · Đã lên lịch". */
  summary: (i: ScheduleItem) => string;
}

export function labelsFor(t: TFunction): Labels {
  const labels: Labels = {
    kind: (k) => t(`schedule.kind.${k}`),
    outlet: (o) => t(`schedule.outlet.${o}`),
    outletShort: (o) => t(`schedule.outletShort.${o}`),
    status: (s, outlet) => {
      if (s !== 'done') return t(`schedule.status.${s}`);
      if (!outlet) return t('schedule.status.done');
      return isBroadcast(outlet) ? t('schedule.status.aired') : t('schedule.status.published');
    },
    markDone: (o) => (isBroadcast(o) ? t('schedule.markDone.aired') : t('schedule.markDone.published')),
    weekday: (n) => t(`schedule.weekday.${n}`),
    weekdayShort: (n) => t(`schedule.weekdayShort.${n}`),
    monthTitle: (year, month) => t('schedule.monthTitle', { month: t(`schedule.monthName.${month}`), y: year }),
    summary: (i) =>
      `${labels.kind(i.kind)} · ${labels.outlet(i.outlet)} · ${formatViDate(i.plannedDate)}${i.plannedTime ? ` ${i.plannedTime}` : ''} · ${labels.status(i.status, i.outlet)}`,
  };
  return labels;
}

export function useLabels(): Labels {
  const { t } = useTranslation();
  return useMemo(() => labelsFor(t), [t]);
}
