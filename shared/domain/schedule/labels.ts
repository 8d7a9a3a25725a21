import { BROADCAST_OUTLETS, type ItemKind, type ItemStatus, type Outlet } from '../types';

/** Vietnamese names shown to people; the English ids stay in data, CLI and code. */
export const KIND_LABELS: Record<ItemKind, string> = {
  segment: 'Chuyên mục',
  article: 'Bài viết',
  talkshow: 'Tọa đàm',
  dialogue: 'Đối thoại',
  report: 'Phóng sự',
  news: 'Tin',
  other: 'Khác',
};

export const OUTLET_LABELS: Record<Outlet, string> = {
  tv: 'Truyền hình',
  radio: 'Phát thanh',
  print: 'Báo in',
  online: 'Báo điện tử',
  portal: 'Cổng thông tin',
  'district-radio': 'Đài huyện',
};

export function isBroadcast(outlet: Outlet): boolean {
  return BROADCAST_OUTLETS.includes(outlet);
}

/** "Done" reads as aired for broadcast outlets and as published for print and online. */
export function doneLabel(outlet: Outlet): string {
  return isBroadcast(outlet) ? 'Đã phát sóng' : 'Đã đăng';
}

/** The mark-done action, worded for the outlet. */
export function markDoneLabel(outlet: Outlet): string {
  return isBroadcast(outlet) ? 'Đánh dấu đã phát sóng' : 'Đánh dấu đã đăng';
}

const STATUS_LABELS: Record<Exclude<ItemStatus, 'done'>, string> = {
  planned: 'Đã lên lịch',
  in_production: 'Đang sản xuất',
  ready: 'Sẵn sàng',
  postponed: 'Đã hoãn',
  cancelled: 'Đã hủy',
};

/** Status label for one item; `outlet` decides the wording of "done". Without it, both wordings. */
export function statusLabel(status: ItemStatus, outlet?: Outlet): string {
  if (status === 'done') return outlet ? doneLabel(outlet) : 'Đã phát sóng / Đã đăng';
  return STATUS_LABELS[status];
}
