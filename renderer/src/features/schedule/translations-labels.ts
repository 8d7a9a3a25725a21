import { registerTranslations } from '../../i18n';
import { ITEM_STATUSES } from '../../../../shared/domain/types';
import { KIND_LABELS, OUTLET_LABELS, doneLabel, markDoneLabel, statusLabel } from '../../../../shared/domain/schedule/labels';
import { WEEKDAY_SHORT_VI, WEEKDAY_VI } from '../../../../shared/domain/schedule/month-grid';

// Names of kinds, outlets, statuses, weekdays and months on the schedule screens. The Vietnamese names are the ones
// shared/domain/schedule/labels.ts and month-grid.ts define (reports and the CLI use those too), taken from there;
// this file only adds the English.

/** Weekday n (1 = Monday) → its name, as the i18n resources key them. */
const byWeekday = (names: readonly string[]) => Object.fromEntries(names.map((name, i) => [String(i + 1), name]));

registerTranslations('schedule', {
  vi: {
    kind: KIND_LABELS,
    outlet: OUTLET_LABELS,
    outletShort: { tv: 'TH', radio: 'PT', print: 'Báo in', online: 'Báo ĐT', portal: 'Cổng TT', 'district-radio': 'Đài huyện' },
    status: {
      ...Object.fromEntries(ITEM_STATUSES.map((s) => [s, statusLabel(s)])),
      aired: doneLabel('tv'),
      published: doneLabel('print'),
    },
    markDone: { aired: markDoneLabel('tv'), published: markDoneLabel('print') },
    weekday: byWeekday(WEEKDAY_VI),
    weekdayShort: byWeekday(WEEKDAY_SHORT_VI),
    monthName: {
      '1': 'Tháng 1',
      '2': 'Tháng 2',
      '3': 'Tháng 3',
      '4': 'Tháng 4',
      '5': 'Tháng 5',
      '6': 'Tháng 6',
      '7': 'Tháng 7',
      '8': 'Tháng 8',
      '9': 'Tháng 9',
      '10': 'Tháng 10',
      '11': 'Tháng 11',
      '12': 'Tháng 12',
    },
    monthTitle: '{{month}}/{{y}}',
  },
  en: {
    kind: { segment: 'Column', article: 'Article', talkshow: 'Talk show', dialogue: 'Dialogue', report: 'Feature report', news: 'News', other: 'Other' },
    outlet: {
      tv: 'Television',
      radio: 'Radio',
      print: 'Print newspaper',
      online: 'Online newspaper',
      portal: 'Information portal',
      'district-radio': 'District radio',
    },
    outletShort: { tv: 'TV', radio: 'Radio', print: 'Print', online: 'Online', portal: 'Portal', 'district-radio': 'District' },
    status: {
      planned: 'Planned',
      in_production: 'In production',
      ready: 'Ready',
      postponed: 'Postponed',
      cancelled: 'Cancelled',
      done: 'Aired / Published',
      aired: 'Aired',
      published: 'Published',
    },
    markDone: { aired: 'Mark as aired', published: 'Mark as published' },
    weekday: { '1': 'Monday', '2': 'Tuesday', '3': 'Wednesday', '4': 'Thursday', '5': 'Friday', '6': 'Saturday', '7': 'Sunday' },
    weekdayShort: { '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat', '7': 'Sun' },
    monthName: {
      '1': 'January',
      '2': 'February',
      '3': 'March',
      '4': 'April',
      '5': 'May',
      '6': 'June',
      '7': 'July',
      '8': 'August',
      '9': 'September',
      '10': 'October',
      '11': 'November',
      '12': 'December',
    },
    monthTitle: '{{month}} {{y}}',
  },
});
