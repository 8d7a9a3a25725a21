/**
 * The words a person sees for an input field, by its name in the contract. The core names the field in every
 * refusal by this label (never "trường plannedDate"); the screens put the message beside the field of that name;
 * the CLI names its flag instead (electron/cli/flags.ts).
 */
const LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  description: 'Mô tả',
  notes: 'Ghi chú',
  kind: 'Loại',
  outlet: 'Kênh',
  plannedDate: 'Ngày',
  plannedTime: 'Giờ',
  durationMin: 'Thời lượng',
  editor: 'Biên tập',
  producer: 'Sản xuất',
  topics: 'Chủ đề',
  taskIds: 'Nhiệm vụ trong kế hoạch',
  date: 'Ngày',
  at: 'Ngày thực hiện',
  time: 'Giờ',
  slot: 'Chương trình / khung giờ',
  issueNo: 'Số báo',
  page: 'Trang',
  link: 'Đường dẫn',
  evidence: 'Tệp minh chứng',
  by: 'Người đánh dấu',
  reason: 'Lý do',
  startDate: 'Từ ngày',
  endDate: 'Đến ngày',
  fromDate: 'Từ ngày',
  recurrence: 'Lặp lại',
  from: 'Từ ngày',
  to: 'Đến ngày',
  text: 'Từ khóa',
  name: 'Tên',
  userName: 'Họ và tên',
  orgName: 'Cơ quan',
  orgShortName: 'Tên viết tắt',
  installName: 'Tên máy',
  role: 'Vai trò',
  pin: 'Mã PIN',
  currentPin: 'Mã PIN hiện tại',
  userId: 'Người dùng',
  month: 'Tháng',
  period: 'Kỳ báo cáo',
  number: 'Số kế hoạch',
  year: 'Năm',
};

/** `plannedDate` → "Ngày"; `patch.title` → "Tiêu đề"; `rows.3.timeframe` → "timeframe" (dòng 4) when unknown. */
export function fieldLabel(field: string): string | null {
  const parts = field.split('.');
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const label = LABELS[parts[i]!];
    if (label) return label;
  }
  return null;
}
