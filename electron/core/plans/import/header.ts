import synonyms from '../../../../resources/import/header-synonyms.json';
import { foldVi } from '../../../../shared/domain/fold';
import { TASK_FIELDS, type TaskField } from '../../../../shared/domain/plan/import-types';

export const REQUIRED_FIELDS: readonly TaskField[] = ['code', 'title', 'timeframe'];

function headerKey(cell: string): string {
  return foldVi(cell)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What a header cell names: a task field, a column kept but not read ("Nguồn kinh phí"), or nothing. */
export type HeaderMeaning = { kind: 'field'; field: TaskField } | { kind: 'kept' };

const NAMES = new Map<string, HeaderMeaning>();
for (const field of TASK_FIELDS) for (const s of (synonyms.fields as Record<TaskField, string[]>)[field]) NAMES.set(s, { kind: 'field', field });
for (const s of synonyms.kept) if (!NAMES.has(s)) NAMES.set(s, { kind: 'kept' });
const LONGEST = Math.max(...[...NAMES.keys()].map((k) => k.split(' ').length));

/**
 * The meaning of one header cell: its folded text names a synonym exactly, or starts with one
 * ("Thời gian dự kiến hoàn thành (3)" → "thoi gian du kien hoan thanh"); the longest name wins,
 * so "Hình thức sản phẩm" is a product and "Hình thức tuyên truyền" a kept column.
 */
export function headerMeaning(cell: string): HeaderMeaning | null {
  const words = headerKey(cell).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 16) return null;
  for (let n = Math.min(words.length, LONGEST); n >= 1; n -= 1) {
    const hit = NAMES.get(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return null;
}

export type ColumnMap = Partial<Record<TaskField, number>>;

export interface HeaderRead {
  columns: ColumnMap;
  /** Columns recognised as kept-but-not-read, and columns no name matched: index → header text. */
  kept: number[];
  unknown: number[];
  /** How many distinct task fields the row names: the score that picks the header among candidates. */
  score: number;
}

/** Reads one row as a header: the first column naming each field wins. */
export function scoreHeader(cells: readonly string[]): HeaderRead {
  const columns: ColumnMap = {};
  const kept: number[] = [];
  const unknown: number[] = [];
  cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const m = headerMeaning(cell);
    if (m?.kind === 'field' && columns[m.field] === undefined) columns[m.field] = index;
    else if (m?.kind === 'kept') kept.push(index);
    else unknown.push(index);
  });
  return { columns, kept, unknown, score: Object.keys(columns).length };
}

/** A row good enough to be a task-table header: names the task and at least two other fields. */
export const isHeaderRead = (h: HeaderRead) => h.score >= 3 && h.columns.title !== undefined;

/** The columns of a header row, or null when the row is not a task-table header. */
export function readHeader(cells: readonly string[]): ColumnMap | null {
  const h = scoreHeader(cells);
  return isHeaderRead(h) ? h.columns : null;
}
