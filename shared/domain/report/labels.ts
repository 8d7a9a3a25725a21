import type { ItemStatus, Outlet } from '../types';
import { BROADCAST_OUTLETS } from '../types';
import type { TaskStatus, WindowStatus } from '../compliance-types';

/** Vietnamese wording used in every report format (DOCX, XLSX, CSV, preview). Kinds read the same as on screen. */
export { KIND_LABELS } from '../schedule/labels';

/** Outlets in full, as an official document names them (the screen uses the short forms in schedule/labels.ts). */
export const OUTLET_LABELS: Record<Outlet, string> = {
  tv: 'Truyền hình',
  radio: 'Phát thanh',
  print: 'Báo in',
  online: 'Báo điện tử',
  portal: 'Cổng thông tin điện tử',
  'district-radio': 'Đài truyền thanh cấp huyện',
};

export function itemStatusLabel(status: ItemStatus, outlet: Outlet): string {
  switch (status) {
    case 'planned':
      return 'Đã lên lịch';
    case 'in_production':
      return 'Đang sản xuất';
    case 'ready':
      return 'Sẵn sàng';
    case 'done':
      return BROADCAST_OUTLETS.includes(outlet) ? 'Đã phát sóng' : 'Đã đăng';
    case 'postponed':
      return 'Hoãn';
    case 'cancelled':
      return 'Hủy';
  }
}

export const WINDOW_STATUS_LABELS: Record<WindowStatus, string> = {
  met: 'Đạt',
  late: 'Trễ hạn',
  partial: 'Chưa đủ',
  missing: 'Chưa thực hiện',
  upcoming: 'Chưa đến hạn',
};

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  met: 'Hoàn thành',
  late: 'Hoàn thành (có trễ hạn)',
  behind: 'Chậm, thiếu',
  upcoming: 'Chưa đến hạn',
  ongoing: 'Thường xuyên',
  unknown: 'Chưa xác định thời hạn',
  none: 'Không có yêu cầu trong kỳ',
};

/** "Timeliness" of one done item against the window it counts toward. */
export type Timeliness = 'on_time' | 'late' | 'not_done';

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  not_done: 'Chưa thực hiện',
};

/**
 * Columns of the results table, in the DOCX and the preview alike: required = on time + late + missing
 * + not yet due across each row, "Ngoài yêu cầu" (extra) apart.
 */
export const RESULT_TABLE_HEADINGS = [
  'TT',
  'Nhiệm vụ',
  'Sản phẩm',
  'Cơ quan chủ trì',
  'Yêu cầu',
  'Đúng hạn',
  'Trễ hạn',
  'Còn thiếu',
  'Chưa đến hạn',
  'Ngoài yêu cầu',
] as const;
