import { foldVi } from '../../../../shared/domain/cadence/normalize';
import { TASK_FIELDS, type TaskField } from '../../../../shared/domain/plan/import-types';

/** Header names seen in provincial plans, folded (no diacritics, lowercase, punctuation as spaces). */
const SYNONYMS: Record<TaskField, string[]> = {
  code: ['stt', 'tt', 'so tt', 'so thu tu', 'ma', 'ma nhiem vu', 'ma so'],
  title: [
    'nhiem vu cu the', 'nhiem vu', 'noi dung', 'noi dung nhiem vu', 'ten nhiem vu', 'noi dung cong viec',
    'cong viec', 'nhiem vu tuyen truyen', 'noi dung tuyen truyen',
  ],
  product: ['san pham ket qua', 'san pham', 'ket qua', 'ket qua san pham', 'san pham du kien', 'hinh thuc san pham'],
  leads: [
    'co quan chu tri', 'chu tri', 'don vi chu tri', 'co quan don vi chu tri', 'co quan thuc hien', 'don vi thuc hien',
    'co quan chu tri thuc hien',
  ],
  partners: ['co quan phoi hop', 'phoi hop', 'don vi phoi hop', 'co quan don vi phoi hop', 'co quan phoi hop thuc hien'],
  timeframe: [
    'thoi gian thuc hien', 'thoi gian', 'thoi han', 'tien do', 'thoi gian hoan thanh', 'thoi han hoan thanh',
    'thoi gian thuc hien hoan thanh', 'tien do thuc hien',
  ],
};

export const REQUIRED_FIELDS: readonly TaskField[] = ['code', 'title', 'timeframe'];

export function headerKey(cell: string): string {
  return foldVi(cell).replace(/[^a-z0-9]+/g, ' ').trim();
}

const FIELD_BY_KEY = new Map<string, TaskField>();
for (const field of TASK_FIELDS) for (const s of SYNONYMS[field]) FIELD_BY_KEY.set(s, field);

export type ColumnMap = Partial<Record<TaskField, number>>;

/** The columns of a header row, or null when the row is not a task-table header (fewer than three known names). */
export function readHeader(cells: readonly string[]): ColumnMap | null {
  const map: ColumnMap = {};
  let known = 0;
  cells.forEach((cell, index) => {
    const field = FIELD_BY_KEY.get(headerKey(cell));
    if (field && map[field] === undefined) {
      map[field] = index;
      known += 1;
    }
  });
  return known >= 3 && map.title !== undefined ? map : null;
}
