import type { ItemRow } from './document-types';
import { proofCell } from './proof-split';

export type ColumnType = 'text' | 'date' | 'time' | 'int' | 'timestamp';

/** One column of the item list (sheet "Chi tiết" and the CSV): every field of an item, Vietnamese header. */
export interface ItemColumn {
  header: string;
  type: ColumnType;
  /** Width in characters for the spreadsheet. */
  width: number;
  value: (row: ItemRow) => string | number | null;
}

/**
 * The first PRINTED_ITEM_COLUMNS columns are what a printed list needs (they fit one landscape page wide at
 * a readable scale); the rest (ids, evidence, bookkeeping) follow for the record and are not printed.
 */
export const ITEM_COLUMNS: readonly ItemColumn[] = [
  { header: 'Nhiệm vụ', type: 'text', width: 10, value: (r) => r.taskCodes },
  { header: 'Loại', type: 'text', width: 11, value: (r) => r.kindLabel },
  { header: 'Kênh/ấn phẩm', type: 'text', width: 13, value: (r) => r.outletLabel },
  { header: 'Tiêu đề', type: 'text', width: 40, value: (r) => r.title },
  { header: 'Ngày dự kiến', type: 'date', width: 12, value: (r) => r.plannedDate },
  { header: 'Giờ dự kiến', type: 'time', width: 8, value: (r) => r.plannedTime },
  { header: 'Trạng thái', type: 'text', width: 14, value: (r) => r.statusLabel },
  { header: 'Ngày thực hiện', type: 'date', width: 12, value: (r) => r.doneAt },
  { header: 'Giờ thực hiện', type: 'time', width: 8, value: (r) => r.doneTime },
  { header: 'Khung giờ/chương trình', type: 'text', width: 16, value: (r) => r.slot },
  { header: 'Số báo', type: 'text', width: 7, value: (r) => r.issueNo },
  { header: 'Trang', type: 'text', width: 6, value: (r) => r.page },
  { header: 'Đánh giá', type: 'text', width: 11, value: (r) => r.timelinessLabel },
  { header: 'Lý do (hoãn/hủy)', type: 'text', width: 20, value: (r) => r.statusReason },
  // Issue 21: first after the printed ones, beside them on screen ("Nhật ký (dòng N, tệp F)" or "Đánh dấu tay").
  { header: 'Minh chứng', type: 'text', width: 28, value: proofCell },
  { header: 'Mã sản phẩm', type: 'text', width: 14, value: (r) => r.id },
  { header: 'Mô tả', type: 'text', width: 32, value: (r) => r.description },
  { header: 'Chủ đề', type: 'text', width: 20, value: (r) => r.topics },
  { header: 'Loạt', type: 'text', width: 12, value: (r) => r.seriesId },
  { header: 'Thời lượng dự kiến (phút)', type: 'int', width: 12, value: (r) => r.durationMin },
  { header: 'Biên tập', type: 'text', width: 18, value: (r) => r.editor },
  { header: 'Sản xuất', type: 'text', width: 18, value: (r) => r.producer },
  { header: 'Thời lượng thực tế (phút)', type: 'int', width: 12, value: (r) => r.doneDurationMin },
  { header: 'Đường dẫn', type: 'text', width: 30, value: (r) => r.link },
  { header: 'Tệp minh chứng', type: 'text', width: 24, value: (r) => r.evidenceFile },
  { header: 'SHA-256 minh chứng', type: 'text', width: 20, value: (r) => r.evidenceSha256 },
  { header: 'Người xác nhận', type: 'text', width: 18, value: (r) => r.markedBy },
  { header: 'Thời điểm xác nhận', type: 'timestamp', width: 17, value: (r) => r.markedAt },
  { header: 'Ghi chú', type: 'text', width: 28, value: (r) => r.notes },
  { header: 'Tạo lúc', type: 'timestamp', width: 17, value: (r) => r.createdAt },
  { header: 'Cập nhật lúc', type: 'timestamp', width: 17, value: (r) => r.updatedAt },
];

export const PRINTED_ITEM_COLUMNS = 14;

/** Vietnam has no daylight saving: local time is always UTC+7. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** "2020-05-20T13:00:00.000Z" → "2020-05-20 20:00" in Vietnam time; never through the machine's zone. */
export function timestampToLocal(ts: string): { date: string; time: string } {
  const ms = Date.parse(ts);
  if (Number.isNaN(ms)) return { date: '', time: '' };
  const local = new Date(ms + VIETNAM_OFFSET_MINUTES * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
