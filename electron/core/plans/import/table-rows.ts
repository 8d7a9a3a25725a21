import { AppError } from '../../../../shared/contract/errors';
import { splitAgencies } from '../../../../shared/domain/plan/agencies';
import { taskCodeKey } from '../../../../shared/domain/plan/ids';
import {
  TASK_FIELDS,
  TASK_FIELD_LABELS as L,
  type ImportIssue,
  type ParsedTaskRow,
  type TaskField,
} from '../../../../shared/domain/plan/import-types';
import { PLAN_LIMITS as MAX } from '../../../../shared/domain/plan/limits';
import { MAX_TASK_ROWS } from './limits';
import { REQUIRED_FIELDS, readHeader, type ColumnMap } from './header';

/** A row of cells with the row number a person sees in the source (line, sheet row, table row). */
export interface SourceRow {
  row: number;
  cells: string[];
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

/** The longest text each cell may hold: what the plan's synced fields accept, so every other install takes the plan too. */
const CELL_MAX: Record<'code' | 'title' | 'product' | 'timeframe', number> = {
  code: MAX.taskCode,
  title: MAX.taskTitle,
  product: MAX.taskProduct,
  timeframe: MAX.taskTimeframe,
};

const count = (n: number) => n.toLocaleString('vi-VN');

/** A row's cells that are longer (or name more agencies) than a task may hold, as errors naming the row and column. */
function oversizeIssues(row: number, t: Pick<ParsedTaskRow, 'code' | 'title' | 'product' | 'timeframe' | 'leads' | 'partners'>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const issue = (field: TaskField, what: string): ImportIssue => ({
    level: 'error', row, field, code: 'cell_too_long',
    message: `Dòng ${row}, cột «${L[field]}»: ${what}`,
  });
  for (const field of ['code', 'title', 'product', 'timeframe'] as const) {
    const n = t[field].length;
    if (n > CELL_MAX[field]) issues.push(issue(field, `ô dài ${count(n)} ký tự, tối đa ${count(CELL_MAX[field])} ký tự.`));
  }
  for (const field of ['leads', 'partners'] as const) {
    const names = t[field];
    if (names.length > MAX.agenciesPerCell) issues.push(issue(field, `ô nêu ${names.length} cơ quan, tối đa ${MAX.agenciesPerCell}.`));
    else if (names.some((n) => n.length > MAX.agencyName)) issues.push(issue(field, `có tên cơ quan dài quá ${count(MAX.agencyName)} ký tự.`));
  }
  return issues;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => cleanCell(c) === '');
/** The "(1) (2) (3)…" row some tables carry under their header. */
const isColumnNumbering = (cells: readonly string[]) => {
  const filled = cells.map(cleanCell).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => /^\(\d+\)$/.test(c));
};

export function findHeader(rows: readonly SourceRow[]): { index: number; columns: ColumnMap } | null {
  for (let i = 0; i < rows.length; i += 1) {
    const columns = readHeader(rows[i]!.cells);
    if (columns) return { index: i, columns };
  }
  return null;
}

export function missingColumnsError(columns: ColumnMap, file: string): AppError | null {
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length === 0) return null;
  return new AppError(
    'import_failed',
    `Bảng nhiệm vụ trong tệp «${file}» thiếu cột: ${missing.map((f) => `«${L[f]}»`).join(', ')}. ` +
      'Hãy thêm cột đó (tên cột có thể viết có hoặc không dấu) rồi nhập lại.',
    { file, field: missing[0], missing },
  );
}

export function noHeaderError(file: string): AppError {
  return new AppError(
    'import_failed',
    `Không tìm thấy bảng nhiệm vụ trong tệp «${file}». Cần một hàng tiêu đề có các cột ` +
      `${TASK_FIELDS.map((f) => `«${L[f]}»`).join(', ')} (thứ tự tuỳ ý, có hoặc không dấu).`,
    { file },
  );
}

/**
 * Task rows from the rows of a table, starting at its header. Repeated headers (after a page
 * break), blank rows and column-numbering rows are skipped; lines that are not table rows
 * (a single cell) are ignored after the table and flagged inside it.
 */
export function readTaskRows(rows: readonly SourceRow[], file: string): { rows: ParsedTaskRow[]; issues: ImportIssue[] } {
  const header = findHeader(rows);
  if (!header) throw noHeaderError(file);
  const missing = missingColumnsError(header.columns, file);
  if (missing) throw missing;
  const { columns } = header;
  const issues: ImportIssue[] = [];
  for (const field of ['product', 'leads', 'partners'] as const) {
    if (columns[field] === undefined) {
      issues.push({
        level: 'warning', row: null, field, code: 'missing_column',
        message: `Tệp không có cột «${L[field]}»: trường này sẽ để trống ở mọi nhiệm vụ.`,
      });
    }
  }
  const out: ParsedTaskRow[] = [];
  const seen = new Map<string, number>();
  let pendingStray: SourceRow[] = [];
  const cell = (r: SourceRow, f: TaskField) => cleanCell(columns[f] === undefined ? '' : r.cells[columns[f]!]);

  for (const r of rows.slice(header.index + 1)) {
    if (isBlank(r.cells) || isColumnNumbering(r.cells) || readHeader(r.cells)) continue;
    const filled = r.cells.map(cleanCell).filter((c) => c !== '');
    // A line of prose, or a heading row merged across the table ("I. TUYÊN TRUYỀN TRÊN BÁO CHÍ"): not a task.
    if (filled.length === 1 && (r.cells.length === 1 || filled[0]!.length > 12)) {
      pendingStray.push(r);
      continue;
    }
    for (const stray of pendingStray) {
      issues.push({
        level: 'warning', row: stray.row, field: null, code: 'stray_line',
        message: `Dòng ${stray.row} nằm giữa bảng nhưng không có đủ cột, đã bỏ qua: «${cleanCell(stray.cells[0]).slice(0, 80)}».`,
      });
    }
    pendingStray = [];
    const code = cell(r, 'code');
    const title = cell(r, 'title');
    if (!code) {
      issues.push({ level: 'error', row: r.row, field: 'code', code: 'missing_code', message: `Dòng ${r.row}: thiếu ${L.code} (cột «${L.code}»).` });
      continue;
    }
    if (!title) {
      issues.push({ level: 'error', row: r.row, field: 'title', code: 'missing_title', message: `Dòng ${r.row}: thiếu nội dung ở cột «${L.title}» (STT ${code}).` });
      continue;
    }
    const key = taskCodeKey(code);
    if (seen.has(key)) {
      issues.push({
        level: 'error', row: r.row, field: 'code', code: 'duplicate_code',
        message: `Dòng ${r.row}: STT «${code}» trùng với dòng ${seen.get(key)}; mỗi nhiệm vụ cần một STT riêng.`,
      });
      continue;
    }
    seen.set(key, r.row);
    const task = {
      row: r.row,
      code,
      title,
      product: cell(r, 'product'),
      leads: splitAgencies(cell(r, 'leads')),
      partners: splitAgencies(cell(r, 'partners')),
      timeframe: cell(r, 'timeframe').replace(/\s+/g, ' '),
    };
    const oversize = oversizeIssues(r.row, task);
    if (oversize.length > 0) {
      issues.push(...oversize);
      continue;
    }
    out.push(task);
    if (out.length > MAX_TASK_ROWS) {
      throw new AppError('import_failed', `Tệp «${file}» có hơn ${MAX_TASK_ROWS} nhiệm vụ; đây không giống bảng nhiệm vụ của một kế hoạch.`, { file });
    }
  }
  if (out.length === 0 && !issues.some((i) => i.level === 'error')) {
    throw new AppError('import_failed', `Bảng nhiệm vụ trong tệp «${file}» không có dòng nào dưới hàng tiêu đề.`, { file });
  }
  return { rows: out, issues };
}
