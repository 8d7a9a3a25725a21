import Papa from 'papaparse';
import { AppError } from '../../../../shared/contract/errors';
import { lineIndex } from '../../../../shared/domain/line-index';
import {
  DEFAULT_FPS,
  RECONCILE_MAX_ROWS,
  findHeaderRow,
  findMappedHeaderRow,
  headerSaysFrames,
  recordToLine,
  type HeaderMatch,
  type LineError,
  type LogField,
  type LogLine,
  type ReadLog,
  type SourceMapping,
} from '../../../../shared/domain/reconcile';

interface Row {
  line: number;
  cells: string[];
}

/** Records with the line each starts on (a quoted title may span lines). Stops past the row cap. */
function parseRows(text: string, delimiter: string, fileName: string): Row[] {
  const lineOf = lineIndex(text);
  const rows: Row[] = [];
  let cursor = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      let at = cursor;
      while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at += 1;
      rows.push({ line: lineOf(at), cells: result.data });
      cursor = result.meta.cursor;
      // The header and a few blank rows are not records; past the cap with margin, stop reading.
      if (rows.length > RECONCILE_MAX_ROWS + 50) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) throw tooManyRows(fileName);
  return rows;
}

export function tooManyRows(fileName: string): AppError {
  return new AppError('invalid_input', `Tệp «${fileName}» có hơn ${RECONCILE_MAX_ROWS.toLocaleString('vi-VN')} dòng. Hãy xuất nhật ký từng tháng một.`, {
    field: 'file',
    file: fileName,
  });
}

/** The delimiter whose split gives the best header: tab, semicolon (Excel in Vietnamese), then comma. */
function pickDelimiter(text: string, mapping: SourceMapping | null): { delimiter: string; header: HeaderMatch } | { missing: string[] } | null {
  const head = text.split('\n', 31).join('\n');
  let best: { delimiter: string; header: HeaderMatch; n: number } | null = null;
  let missing: string[] | null = null;
  for (const delimiter of ['\t', ';', ',']) {
    if (!head.includes(delimiter)) continue;
    const sample = Papa.parse<string[]>(head, { delimiter, quoteChar: '"' }).data;
    const found = mapping ? findMappedHeaderRow(sample, mapping.columns) : findHeaderRow(sample);
    if (!found) continue;
    if ('missing' in found) {
      if (!missing || found.missing.length < missing.length) missing = found.missing;
      continue;
    }
    const n = Object.keys(found.columns).length;
    if (!best || n > best.n) best = { delimiter, header: found, n };
  }
  if (!best) return missing ? { missing } : null;
  return { delimiter: best.delimiter, header: best.header };
}

export function readDelimited(text: string, fileName: string, mapping: SourceMapping | null): ReadLog {
  const picked = pickDelimiter(text, mapping);
  if (!picked)
    throw new AppError(
      'invalid_input',
      `Không nhận ra dòng tiêu đề cột trong tệp «${fileName}»: cần ít nhất cột tên chương trình (Tên chương trình / Tiêu đề / Title) và cột ngày hoặc giờ (Ngày / Date, Giờ / Start). Hãy thêm dòng tiêu đề hoặc chọn một cách đọc đã lưu (--source).`,
      { field: 'file', file: fileName },
    );
  if ('missing' in picked)
    throw new AppError(
      'invalid_input',
      `Tệp «${fileName}» không có cột ${picked.missing.map((h) => `"${h}"`).join(', ')} mà cách đọc "${mapping!.name}" cần.`,
      {
        field: 'source',
        file: fileName,
      },
    );
  const rows = parseRows(text, picked.delimiter, fileName);
  const header = rows[picked.header.rowIndex]!;
  const cols = picked.header.columns;
  const columns: Partial<Record<LogField, string>> = {};
  for (const [f, i] of Object.entries(cols) as Array<[LogField, number]>) columns[f] = (header.cells[i] ?? '').trim();
  const durationHeader = cols.duration !== undefined ? (header.cells[cols.duration] ?? '') : '';
  const opts = {
    durationUnit: mapping?.durationUnit ?? (headerSaysFrames(durationHeader) ? 'frames' : 'minutes'),
    fps: mapping?.fps ?? DEFAULT_FPS,
  } as const;
  const lines: LogLine[] = [];
  const errors: LineError[] = [];
  let skipped = 0;
  for (const row of rows.slice(picked.header.rowIndex + 1)) {
    const values: Partial<Record<LogField, string>> = {};
    for (const [f, i] of Object.entries(cols) as Array<[LogField, number]>) values[f] = row.cells[i];
    const r = recordToLine(values, row.line, opts);
    if (r.ok === 'skip') skipped += 1;
    else if (r.ok) lines.push(r.line);
    else errors.push({ line: row.line, message: r.message });
  }
  if (lines.length > RECONCILE_MAX_ROWS) throw tooManyRows(fileName);
  return { format: picked.delimiter === '\t' ? 'tsv' : 'csv', lines, errors, columns, skipped };
}
