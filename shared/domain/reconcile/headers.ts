import { foldVi } from '../fold';
import { LOG_FIELDS, type LogField } from './types';

/**
 * Header names of as-run logs and published lists, Vietnamese and English, folded (foldVi: no marks, lower case).
 * A header cell is cleaned first (a unit in brackets, "(hh:mm:ss)", and punctuation dropped) and compared whole,
 * so "Tên chương trình" is the title but "Tên người dẫn" is nothing.
 */
const SYNONYMS: Record<LogField, readonly string[]> = {
  date: ['ngay', 'date', 'ngay phat', 'ngay phat song', 'ngay dang', 'ngay xuat ban', 'air date', 'publish date', 'published', 'pubdate', 'ngay thang'],
  start: ['gio', 'gio bat dau', 'start', 'start time', 'gio phat', 'gio phat song', 'time', 'thoi diem', 'bat dau', 'on air', 'time in', 'tc in'],
  duration: ['thoi luong', 'duration', 'dur', 'length', 'do dai'],
  title: [
    'ten chuong trinh',
    'tieu de',
    'title',
    'ten',
    'noi dung',
    'chuong trinh',
    'program',
    'programme',
    'ten bai',
    'ten bai viet',
    'headline',
    'ten tin bai',
  ],
  channel: ['kenh', 'channel', 'kenh song', 'service', 'station', 'kenh phat'],
  houseId: ['ma', 'ma bang', 'house id', 'houseid', 'clip id', 'ma clip', 'id', 'ma chuong trinh', 'material id', 'ma tu lieu'],
  issueNo: ['so bao', 'issue', 'issue no', 'so', 'so ra'],
  page: ['trang', 'page'],
  author: ['tac gia', 'author', 'nguoi viet', 'but danh', 'phong vien'],
  link: ['duong dan', 'url', 'link', 'lien ket', 'loc'],
};

const LOOKUP: ReadonlyMap<string, LogField> = new Map(LOG_FIELDS.flatMap((f) => SYNONYMS[f].map((s) => [s, f] as const)));

/** A header cell as compared: folded, without a bracketed unit or punctuation. */
function cleanHeader(text: string): string {
  return foldVi(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fieldOfHeader(text: string): LogField | null {
  return LOOKUP.get(cleanHeader(text)) ?? null;
}

/** True when the header says its integers are frames ("Thời lượng (frames)", "Duration [khung hình]"). */
export function headerSaysFrames(text: string): boolean {
  return /\b(frames?|khung hinh|fr)\b/.test(foldVi(text));
}

export interface HeaderMatch {
  /** 0-based index of the header row among the rows given. */
  rowIndex: number;
  /** Field → cell index. */
  columns: Partial<Record<LogField, number>>;
}

/** The cell indexes of the fields in one row, the first cell of each field winning. */
function recogniseRow(cells: readonly string[]): Partial<Record<LogField, number>> {
  const columns: Partial<Record<LogField, number>> = {};
  cells.forEach((c, i) => {
    const f = fieldOfHeader(c);
    if (f && columns[f] === undefined) columns[f] = i;
  });
  return columns;
}

/**
 * The header row among the first rows: the one naming the most fields, which must name a title and a date or
 * a start time (a log without either cannot be matched against a plan).
 */
export function findHeaderRow(rows: readonly (readonly string[])[], scan = 30): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestCount = 0;
  rows.slice(0, scan).forEach((cells, rowIndex) => {
    const columns = recogniseRow(cells);
    const n = Object.keys(columns).length;
    if (columns.title === undefined || (columns.date === undefined && columns.start === undefined)) return;
    if (n > bestCount) {
      best = { rowIndex, columns };
      bestCount = n;
    }
  });
  return best;
}

/** With a saved mapping: the row holding every header the mapping names (compared folded). */
export function findMappedHeaderRow(
  rows: readonly (readonly string[])[],
  mapping: Partial<Record<LogField, string>>,
  scan = 30,
): HeaderMatch | { missing: string[] } {
  const wanted = Object.entries(mapping).filter(([, h]) => h) as Array<[LogField, string]>;
  let fewestMissing: string[] = wanted.map(([, h]) => h);
  for (let rowIndex = 0; rowIndex < Math.min(scan, rows.length); rowIndex += 1) {
    const cleaned = rows[rowIndex]!.map(cleanHeader);
    const columns: Partial<Record<LogField, number>> = {};
    const missing: string[] = [];
    for (const [field, header] of wanted) {
      const i = cleaned.indexOf(cleanHeader(header));
      if (i >= 0) columns[field] = i;
      else missing.push(header);
    }
    if (missing.length === 0) return { rowIndex, columns };
    if (missing.length < fewestMissing.length) fewestMissing = missing;
  }
  return { missing: fewestMissing };
}
