import { headerMeaning, isHeaderRead, scoreHeader, type ColumnMap, type HeaderRead } from './header';

/** A row of cells with the row number a person sees in the source (line, sheet row, table row). */
export interface SourceRow {
  row: number;
  cells: string[];
  /** Columns whose text came from a cell merged down from a row above (XLSX merge, DOCX vMerge). */
  carried?: number[];
}

/** Cell text as stored: NFC, each line trimmed, blank lines dropped (bullet points keep their lines). */
export function cleanCell(value: string | undefined): string {
  return (value ?? '')
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export const filledCells = (cells: readonly string[]) => cells.map(cleanCell).filter((c) => c !== '');
export const isBlank = (cells: readonly string[]) => filledCells(cells).length === 0;

/** The column-number row under a header: "(1) | (2) | (3)…" or "A | B | 1 | 2 | 3 | 4". */
export function isColumnNumbering(cells: readonly string[]): boolean {
  const filled = filledCells(cells);
  if (filled.length >= 2 && filled.every((c) => /^\(\d{1,2}\)$/.test(c))) return true;
  return filled.length >= 3 && filled.every((c) => /^[([]?(?:\d{1,2}|[A-ZĐa-z]|[IVX]{1,4})[)\].]?$/u.test(c));
}

/** A header repeated after a page break, or a sub-header row: every filled cell is a column name, two or more of them task fields. */
export function isRepeatedHeader(cells: readonly string[]): boolean {
  const filled = filledCells(cells);
  if (filled.length < 2 || !filled.every((c) => headerMeaning(c) !== null)) return false;
  return scoreHeader(cells).score >= 2;
}

export interface FoundHeader {
  /** Index (in the rows given) of the header's last row: task rows start after it. */
  index: number;
  /** Indexes of the rows that form the header (two for a header with a sub-header row). */
  rows: number[];
  columns: ColumnMap;
  read: HeaderRead;
  /** The header text of each column (a sub-header's word where it names a field). */
  cells: string[];
}

/** A sub-header ("Chủ trì | Phối hợp" under "Cơ quan thực hiện") laid over the row above it. */
function overlay(top: readonly string[], sub: readonly string[]): string[] | null {
  const filled = filledCells(sub);
  if (filled.length === 0 || !filled.every((c) => headerMeaning(c) !== null)) return null;
  const width = Math.max(top.length, sub.length);
  return Array.from({ length: width }, (_, k) => (headerMeaning(sub[k] ?? '')?.kind === 'field' ? sub[k]! : (top[k] ?? '')));
}

/**
 * The task-table header: every row (and every row with the one below it laid over, for a two-row
 * header) is scored by how many task fields it names; the best wins, the earliest on a tie, so a
 * repeated sub-header further down never wins over the real header.
 */
export function findHeader(rows: readonly { cells: string[] }[]): FoundHeader | null {
  let best: FoundHeader | null = null;
  for (let i = 0; i < rows.length; i += 1) {
    const own = rows[i]!.cells;
    const read = scoreHeader(own);
    if (read.score >= 2 && (!best || read.score > best.read.score) && isHeaderRead(read)) {
      best = { index: i, rows: [i], columns: read.columns, read, cells: [...own] };
    }
    const next = rows[i + 1];
    const laid = next && read.score >= 2 ? overlay(own, next.cells) : null;
    if (laid) {
      const both = scoreHeader(laid);
      if (isHeaderRead(both) && both.score > read.score && (!best || both.score > best.read.score)) {
        best = { index: i + 1, rows: [i, i + 1], columns: both.columns, read: both, cells: laid };
      }
    }
  }
  return best;
}

const ROMAN = '[IVXLC]{1,6}';
const PATH = `(?:${ROMAN}|[A-ZĐ]|\\d{1,3})(?:\\.\\d{1,3})*`;
/** A section marker alone in the STT column: "II", "A", "III.1.1", "5.1", "B." */
const MARKER_ONLY = new RegExp(`^(?:(?:PHẦN|Phần|MỤC|Mục|CHƯƠNG|Chương)\\s+)?(${PATH})[.):]?$`, 'u');
/** A heading written in one cell: "I. TUYÊN TRUYỀN TRÊN BÁO CHÍ", "5.1 Thương mại", "Phần A: …". */
const MARKED_TEXT = new RegExp(`^(?:(?:PHẦN|Phần|MỤC|Mục|CHƯƠNG|Chương)\\s+)?(${PATH})(?:[.):]\\s*|\\s*[-–:]\\s*|\\s+)(\\S.*)$`, 'su');

/** "II." → "II"; "5.1" stays. */
export function markerOf(code: string): string | null {
  const m = MARKER_ONLY.exec(code.trim());
  return m ? m[1]! : null;
}

export function markedHeading(text: string): { marker: string; title: string } | null {
  const m = MARKED_TEXT.exec(text.trim());
  if (!m) return null;
  const title = m[2]!.trim();
  // "1 bài" or "2020" are not headings; a heading's words start with a capital letter or are a phrase.
  if (!/^\p{Lu}/u.test(title) || title.length < 3) return null;
  return { marker: m[1]!, title };
}

export const isNumericCode = (marker: string) => /^\d{1,3}$/.test(marker);
