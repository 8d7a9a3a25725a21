import { z } from 'zod';
import { isValidIsoDate, isValidLocalTime } from '../domain/dates';

export const text = (max = 500) =>
  z
    .string({ error: 'Phải là văn bản.' })
    .max(max, { error: `Quá dài (tối đa ${max} ký tự).` })
    .transform((s) => s.normalize('NFC'));

export const requiredText = (max = 500) =>
  z
    .string({ error: 'Phải là văn bản.' })
    .max(max, { error: `Quá dài (tối đa ${max} ký tự).` })
    .transform((s) => s.normalize('NFC').trim())
    .refine((s) => s.length > 0, { error: 'Không được để trống.' });

/** "31/02/2020 không có trong lịch" for a well-formed date that does not exist; the form hint otherwise. */
function dateMessage(input: unknown): string {
  const m = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input) : null;
  if (m && (Number(m[1]) < 1900 || Number(m[1]) > 2200)) return `Ngày không hợp lệ: năm ${m[1]} nằm ngoài khoảng 1900–2200 (gõ đủ 4 chữ số của năm).`;
  if (m) return `Ngày không hợp lệ: ngày ${m[3]}/${m[2]}/${m[1]} không có trong lịch.`;
  return 'Ngày không hợp lệ (dạng yyyy-MM-dd, ví dụ 2020-05-31).';
}

export const isoDate = z.string({ error: 'Ngày phải có dạng yyyy-MM-dd.' }).refine(isValidIsoDate, { error: (issue) => dateMessage(issue.input) });

export const localTime = z.string({ error: 'Giờ phải có dạng HH:mm.' }).refine(isValidLocalTime, { error: 'Giờ không hợp lệ (dạng HH:mm, ví dụ 19:30).' });

/** What an id may be (also checked by hand, without zod, for every synced change: electron/core/sync/field-validator.ts). */
export const ID_MAX = 100;
export const ID_PATTERN = /^[A-Za-z0-9_:.-]+$/;

export const id = z
  .string({ error: 'Thiếu mã.' })
  .min(1, { error: 'Thiếu mã.' })
  .max(ID_MAX, { error: 'Mã quá dài.' })
  .regex(ID_PATTERN, { error: 'Mã chứa ký tự không hợp lệ.' });

/** http(s) links only (no javascript:, file:, data:); checked without URL so shared/ stays free of DOM/Node globals. */
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

export const httpUrl = z
  .string()
  .max(2000, { error: 'Đường dẫn quá dài.' })
  .refine((s) => HTTP_URL.test(s.trim()), { error: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.' });

export const role = z.enum(['editor', 'producer', 'viewer'], {
  error: 'Vai trò phải là biên tập viên (editor), phóng viên/sản xuất (producer) hoặc người xem (viewer).',
});
