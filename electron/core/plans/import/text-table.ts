import Papa from 'papaparse';
import { findHeader, type SourceRow } from './table-rows';
import { lineIndex } from '../../../../shared/domain/line-index';

export type Delimiter = '\t' | ',' | ';';

function parseDelimited(text: string, delimiter: Delimiter): SourceRow[] {
  const lineOf = lineIndex(text);
  const rows: SourceRow[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      // A record's first line: skip the newline that ended the previous record.
      let at = start;
      while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at += 1;
      rows.push({ row: lineOf(at), cells });
      start = result.meta.cursor;
    },
  });
  return rows;
}

/**
 * A table pasted from Word or saved from Excel, with prose around it (as in the seed plan):
 * tries tab, comma and semicolon and keeps the split in which a task-table header appears
 * with the most recognised columns.
 */
export function readTextTable(text: string): { rows: SourceRow[]; delimiter: Delimiter } | null {
  const clean = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let best: { rows: SourceRow[]; delimiter: Delimiter; score: number } | null = null;
  for (const delimiter of ['\t', ',', ';'] as const) {
    if (!clean.includes(delimiter)) continue;
    const rows = parseDelimited(clean, delimiter);
    const header = findHeader(rows);
    if (!header) continue;
    const score = Object.keys(header.columns).length;
    if (!best || score > best.score) best = { rows, delimiter, score };
  }
  return best && { rows: best.rows, delimiter: best.delimiter };
}
