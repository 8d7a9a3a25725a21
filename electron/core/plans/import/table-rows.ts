import { AppError } from '../../../../shared/contract/errors';
import { AgencyIndex, splitAgencies } from '../../../../shared/domain/plan/agencies';
import { agencyIdOf, taskCodeKey } from '../../../../shared/domain/plan/ids';
import {
  TASK_FIELDS,
  TASK_FIELD_LABELS as L,
  type ImportIssue,
  type ImportLayout,
  type ParsedTaskRow,
  type TaskField,
} from '../../../../shared/domain/plan/import-types';
import { seedAgencies } from '../agency-seed';
import { REQUIRED_FIELDS, type ColumnMap } from './header';
import { MAX_TASK_ROWS } from './limits';
import {
  cleanCell,
  filledCells,
  findHeader,
  isBlank,
  isColumnNumbering,
  isNumericCode,
  isRepeatedHeader,
  markedHeading,
  markerOf,
  type FoundHeader,
  type SourceRow,
} from './row-kinds';
import { SectionTracker } from './sections';
import { oversizeIssues } from './cell-limits';

export { findHeader, type SourceRow } from './row-kinds';

function missingColumnsError(columns: ColumnMap, file: string): AppError | null {
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

const OTHER_FIELDS = ['product', 'leads', 'partners', 'timeframe'] as const;

function layoutOf(header: FoundHeader, rows: readonly SourceRow[]): ImportLayout {
  const fieldAt = new Map(Object.entries(header.columns).map(([f, i]) => [i, f as TaskField]));
  const columns = header.cells.map((text, index) => {
    const field = fieldAt.get(index) ?? null;
    const use = field ? ('field' as const) : header.read.kept.includes(index) ? ('kept' as const) : ('ignored' as const);
    return { index, header: cleanCell(text).replace(/\n/g, ' '), field, use };
  });
  return {
    headerRows: header.rows.map((i) => rows[i]!.row),
    columns: columns.filter((c) => c.header !== '' || c.field),
    skipped: [],
    sections: [],
    carried: [],
  };
}

/** The seed directory, so a cell "UBND các phường, xã" stays one agency when the directory knows it. */
let seedIndex: AgencyIndex | null = null;
const knownAgency = (name: string) => {
  seedIndex ??= new AgencyIndex(seedAgencies().map((a) => ({ id: agencyIdOf(a.name), ...a })));
  return seedIndex.resolve(name) !== undefined;
};

/** A row that names a section instead of a task, or null. Looks ahead for a bare number ("1 | Lĩnh vực kinh tế"). */
function sectionOf(r: SourceRow, next: SourceRow | undefined, columns: ColumnMap): { marker: string; label: string } | null {
  const at = (cells: string[], f: TaskField) => cleanCell(columns[f] === undefined ? '' : cells[columns[f]!]);
  const filled = filledCells(r.cells);
  if (filled.length === 1) {
    const text = filled[0]!.replace(/\s+/g, ' ');
    const marked = markedHeading(text);
    if (marked) return { marker: marked.marker, label: text };
    const bare = markerOf(text);
    if (bare && at(r.cells, 'code') === text && !isNumericCode(bare)) return { marker: bare, label: text };
    // A heading without a number, merged across the table: a group title only.
    if (r.cells.length > 1 && text.length > 12 && at(r.cells, 'code') === '') return { marker: '', label: text };
    return null;
  }
  const code = at(r.cells, 'code');
  const title = at(r.cells, 'title').replace(/\s+/g, ' ');
  if (!code || OTHER_FIELDS.some((f) => at(r.cells, f) !== '')) return null;
  const marker = markerOf(code);
  if (!marker) return null;
  const label = `${code}${/[.):]$/.test(code) ? '' : '.'} ${title}`.trim();
  if (!isNumericCode(marker)) return { marker, label };
  // "1 | Lĩnh vực kinh tế" is a heading when what follows is numbered under it ("1.1") or the title is in capitals.
  const nextCode = next ? at(next.cells, 'code') : '';
  const child = nextCode.startsWith(`${marker}.`) || /^[a-zđ][.)]?$/u.test(nextCode);
  return child || (title.length > 3 && title === title.toLocaleUpperCase('vi')) ? { marker, label } : null;
}

/**
 * Task rows from the rows of a table, starting at its header (the best-scoring row, see
 * findHeader). Column-number rows, repeated headers and sub-headers are skipped; section rows
 * ("II", "A", "III.1.1", "5.1 Thương mại") open a section, and a task's code is its section
 * path plus its STT. Lines that are not table rows are ignored after the table and flagged inside it.
 */
export function readTaskRows(rows: readonly SourceRow[], file: string): { rows: ParsedTaskRow[]; issues: ImportIssue[]; layout: ImportLayout } {
  const header = findHeader(rows);
  if (!header) throw noHeaderError(file);
  const missing = missingColumnsError(header.columns, file);
  if (missing) throw missing;
  const { columns } = header;
  const layout = layoutOf(header, rows);
  const issues: ImportIssue[] = [];
  for (const field of ['product', 'leads', 'partners'] as const) {
    if (columns[field] === undefined) {
      issues.push({
        level: 'warning',
        row: null,
        field,
        code: 'missing_column',
        message: `Tệp không có cột «${L[field]}»: trường này sẽ để trống ở mọi nhiệm vụ.`,
      });
    }
  }
  const out: ParsedTaskRow[] = [];
  const seen = new Map<string, number>();
  const sections = new SectionTracker();
  let pendingStray: SourceRow[] = [];
  /** The row each field's merged value was written in. */
  const origin = new Map<TaskField, number>();
  const cell = (r: SourceRow, f: TaskField) => cleanCell(columns[f] === undefined ? '' : r.cells[columns[f]!]);
  const skip = (r: SourceRow, reason: ImportLayout['skipped'][number]['reason']) =>
    layout.skipped.push({ row: r.row, reason, text: filledCells(r.cells).join(' | ').replace(/\s+/g, ' ').slice(0, 120) });
  // Cells cleaned once here (cleanCell is idempotent): every check below reads them several times.
  const body = rows
    .slice(header.index + 1)
    .map((r) => ({ ...r, cells: r.cells.map(cleanCell) }))
    .filter((r) => !isBlank(r.cells));

  body.forEach((r, i) => {
    if (isColumnNumbering(r.cells)) return skip(r, 'numbering');
    if (isRepeatedHeader(r.cells)) return skip(r, 'repeated_header');
    const section = sectionOf(r, body[i + 1], columns);
    if (section) {
      sections.enter(section.marker, section.label);
      layout.sections.push({ row: r.row, path: sections.path(), title: section.label, label: section.label });
      return skip(r, 'section');
    }
    const filled = filledCells(r.cells);
    // A line of prose pasted with the table: not a task.
    if (filled.length === 1 && (r.cells.length === 1 || filled[0]!.length > 12)) {
      pendingStray.push(r);
      return undefined;
    }
    for (const stray of pendingStray) {
      skip(stray, 'prose');
      issues.push({
        level: 'warning',
        row: stray.row,
        field: null,
        code: 'stray_line',
        message: `Dòng ${stray.row} nằm giữa bảng nhưng không có đủ cột, đã bỏ qua: «${cleanCell(stray.cells[0]).slice(0, 80)}».`,
      });
    }
    pendingStray = [];
    const stt = cell(r, 'code');
    const title = cell(r, 'title');
    if (!stt) {
      issues.push({ level: 'error', row: r.row, field: 'code', code: 'missing_code', message: `Dòng ${r.row}: thiếu ${L.code} (cột «${L.code}»).` });
      return undefined;
    }
    const code = sections.codeOf(stt);
    if (!title) {
      issues.push({
        level: 'error',
        row: r.row,
        field: 'title',
        code: 'missing_title',
        message: `Dòng ${r.row}: thiếu nội dung ở cột «${L.title}» (STT ${code}).`,
      });
      return undefined;
    }
    const key = taskCodeKey(code);
    if (seen.has(key)) {
      issues.push({
        level: 'error',
        row: r.row,
        field: 'code',
        code: 'duplicate_code',
        message: `Dòng ${r.row}: STT «${code}» trùng với dòng ${seen.get(key)}; mỗi nhiệm vụ cần một STT riêng.`,
      });
      return undefined;
    }
    seen.set(key, r.row);
    for (const field of OTHER_FIELDS) {
      const index = columns[field];
      if (index === undefined) continue;
      if (!r.carried?.includes(index)) origin.set(field, r.row);
      else if (cell(r, field)) layout.carried.push({ row: r.row, field, fromRow: origin.get(field) ?? r.row, value: cell(r, field) });
    }
    const task: ParsedTaskRow = {
      row: r.row,
      code,
      title,
      product: cell(r, 'product'),
      leads: splitAgencies(cell(r, 'leads'), knownAgency),
      partners: splitAgencies(cell(r, 'partners'), knownAgency),
      timeframe: cell(r, 'timeframe').replace(/\s+/g, ' '),
      ...(sections.label() ? { section: sections.label() } : {}),
    };
    // Longer than the plan's synced fields accept: refused here, so every other install takes the plan too.
    const oversize = oversizeIssues(r.row, task);
    if (oversize.length > 0) {
      issues.push(...oversize);
      return undefined;
    }
    out.push(task);
    if (out.length > MAX_TASK_ROWS) {
      throw new AppError('import_failed', `Tệp «${file}» có hơn ${MAX_TASK_ROWS} nhiệm vụ; đây không giống bảng nhiệm vụ của một kế hoạch.`, { file });
    }
    return undefined;
  });
  if (out.length === 0 && !issues.some((i) => i.level === 'error')) {
    throw new AppError('import_failed', `Bảng nhiệm vụ trong tệp «${file}» không có dòng nào dưới hàng tiêu đề.`, { file });
  }
  return { rows: out, issues, layout };
}
