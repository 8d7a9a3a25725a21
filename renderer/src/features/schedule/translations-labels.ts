import { registerTranslations } from '../../i18n';

/**
 * Names of kinds, outlets, statuses, weekdays and months on the schedule screens. The Vietnamese must stay word for
 * word what shared/domain/schedule/labels.ts and month-grid.ts say (reports and the CLI use those): a test checks it.
 */
registerTranslations('schedule', {
  vi: {
    kind: { segment: 'Chuyên mục', article: 'Bài viết', talkshow: 'Tọa đàm', dialogue: 'Đối thoại', report: 'Phóng sự', news: 'Tin', other: 'Khác' },
    outlet: { tv: 'Truyền hình', radio: 'Phát thanh', print: 'Báo in', online: 'Báo điện tử', portal: 'Cổng thông tin', 'district-radio': 'Đài huyện' },
    outletShort: { tv: 'TH', radio: 'PT', print: 'Báo in', online: 'Báo ĐT', portal: 'Cổng TT', 'district-radio': 'Đài huyện' },
    status: {
      planned: 'Đã lên lịch',
      in_production: 'Đang sản xuất',
      ready: 'Sẵn sàng',
      postponed: 'Đã hoãn',
      cancelled: 'Đã hủy',
      done: 'Đã phát sóng / Đã đăng',
      aired: 'Đã phát sóng',
      published: 'Đã đăng',
    },
    markDone: { aired: 'Đánh dấu đã phát sóng', published: 'Đánh dấu đã đăng' },
    weekday: { '1': 'Thứ Hai', '2': 'Thứ Ba', '3': 'Thứ Tư', '4': 'Thứ Năm', '5': 'Thứ Sáu', '6': 'Thứ Bảy', '7': 'Chủ nhật' },
    weekdayShort: { '1': 'T2', '2': 'T3', '3': 'T4', '4': 'T5', '5': 'T6', '6': 'T7', '7': 'CN' },
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
    outlet: { tv: 'Television', radio: 'Radio', print: 'Print newspaper', online: 'Online newspaper', portal: 'Information portal', 'district-radio': 'District radio' },
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
