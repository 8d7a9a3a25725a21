import { ITEM_STATUSES, type ItemKind, type ItemStatus, type Outlet } from '../../../../shared/domain/types';
import { KIND_LABELS, OUTLET_LABELS, statusLabel } from '../../../../shared/domain/schedule/labels';

export { formatViDateTime as viDateTime } from '../../../../shared/domain/dates';

/** yyyy-MM-dd → dd/MM/yyyy. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

export function gapsText(gaps: Array<[number, number]>): string {
  return gaps.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  description: 'Mô tả',
  notes: 'Ghi chú',
  kind: 'Loại',
  outlet: 'Kênh',
  plannedDate: 'Ngày dự kiến',
  plannedTime: 'Giờ',
  durationMin: 'Thời lượng (phút)',
  status: 'Trạng thái',
  statusReason: 'Lý do',
  editor: 'Biên tập',
  producer: 'Sản xuất',
  taskIds: 'Nhiệm vụ',
  topics: 'Chủ đề',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  product: 'Sản phẩm',
  timeframe: 'Thời gian thực hiện',
  leads: 'Cơ quan chủ trì',
  partners: 'Cơ quan phối hợp',
};

function fieldValue(key: string, v: unknown): string {
  if (key === 'status' && typeof v === 'string' && (ITEM_STATUSES as readonly string[]).includes(v)) return statusLabel(v as ItemStatus);
  if (key === 'kind' && typeof v === 'string' && v in KIND_LABELS) return KIND_LABELS[v as ItemKind];
  if (key === 'outlet' && typeof v === 'string' && v in OUTLET_LABELS) return OUTLET_LABELS[v as Outlet];
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? viDate(v) : v;
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? v.join(', ') : String(v.length);
  return JSON.stringify(v);
}

/** A group value as people read it: Vietnamese field names and values, deletes spelled out. */
export function valueText(value: Record<string, unknown>, deletedLabel: string): string {
  if (Object.keys(value).length === 1 && value.deleted === true) return deletedLabel;
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${fieldValue(k, v)}`)
    .join(' · ');
}
