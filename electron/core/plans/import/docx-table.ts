import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { MAX_DOCX_CELLS, MAX_DOCX_PARAGRAPHS, MAX_DOCX_TABLE_ROWS, MAX_UNPACKED_BYTES } from './limits';
import { scanEntry } from './zip-scan';
import { AppError } from '../../../../shared/contract/errors';
import { readHeader, type ColumnMap } from './header';
import type { SourceRow } from './table-rows';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
});

function children(node: Node, tag: string): Node[] {
  const value = node[tag];
  return Array.isArray(value) ? (value as Node[]) : [];
}

function tagOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

/** The text of a run container: w:t text, tabs and breaks, in document order. */
function runText(nodes: Node[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (tag === 'w:t') out += runText(children(n, 'w:t'));
    else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (tag && !['w:rPr', 'w:pPr', 'w:instrText', 'w:delText'].includes(tag)) out += runText(children(n, tag));
  }
  return out;
}

const paragraphText = (p: Node) => runText(children(p, 'w:p'));

function cellText(tc: Node): string {
  return children(tc, 'w:tc')
    .filter((n) => tagOf(n) === 'w:p')
    .map(paragraphText)
    .join('\n');
}

/** How many grid columns a cell spans (w:tcPr/w:gridSpan), so later cells stay under their headers. */
function gridSpan(tc: Node): number {
  const props = children(tc, 'w:tc').find((n) => tagOf(n) === 'w:tcPr');
  const span = props ? children(props, 'w:tcPr').find((n) => tagOf(n) === 'w:gridSpan') : undefined;
  const value = Number((span?.[':@'] as Record<string, unknown> | undefined)?.['@_w:val']);
  return Number.isInteger(value) && value > 1 && value <= 64 ? value : 1;
}

/** Whether a cell continues the one above it (w:tcPr/w:vMerge without val="restart"): a lead agency written once for several tasks. */
function continuesAbove(tc: Node): boolean {
  const props = children(tc, 'w:tc').find((n) => tagOf(n) === 'w:tcPr');
  const merge = props ? children(props, 'w:tcPr').find((n) => tagOf(n) === 'w:vMerge') : undefined;
  if (!merge) return false;
  const val = (merge[':@'] as Record<string, unknown> | undefined)?.['@_w:val'];
  return val === undefined || val === 'continue';
}

function tableRows(tbl: Node): Array<{ cells: string[]; carried: number[] }> {
  // Text of the last cell seen in each grid column, for cells merged down into it.
  const above = new Map<number, string>();
  return children(tbl, 'w:tbl')
    .filter((n) => tagOf(n) === 'w:tr')
    .map((tr) => {
      const cells = children(tr, 'w:tr').filter((n) => tagOf(n) === 'w:tc');
      // A cell spanning the whole row is a heading line ("I. TUYÊN TRUYỀN TRÊN BÁO CHÍ"): keep it one cell.
      if (cells.length === 1 && !continuesAbove(cells[0]!)) return { cells: [cellText(cells[0]!)], carried: [] };
      const row: string[] = [];
      const carried: number[] = [];
      for (const tc of cells) {
        const col = row.length;
        if (continuesAbove(tc)) carried.push(col);
        const text = continuesAbove(tc) ? (above.get(col) ?? '') : cellText(tc);
        above.set(col, text);
        row.push(text, ...Array<string>(gridSpan(tc) - 1).fill(''));
      }
      return { cells: row, carried };
    });
}

export interface DocxContent {
  paragraphs: string[];
  rows: SourceRow[];
}

/**
 * The plan document's paragraphs (for the plan's number, date and title) and the rows of its
 * task table: from the first table with a task header on, following tables that repeat the header
 * or have the same number of columns (Word splits a long table at page breaks).
 */
export async function readDocx(zip: JSZip, file: string): Promise<DocxContent> {
  const entry = zip.file('word/document.xml');
  if (!entry) throw new AppError('import_failed', `Tệp «${file}» không phải tài liệu Word (.docx) hợp lệ: thiếu nội dung văn bản.`, { file });
  let tree: Node[];
  // Counted while it inflates: a document with far more rows, cells or paragraphs than any plan is refused before parsing.
  const xml = await scanEntry(entry, {
    file,
    part: 'nội dung Word',
    maxBytes: MAX_UNPACKED_BYTES,
    keep: true,
    caps: [
      { pattern: /<w:p[\s>/]/g, max: MAX_DOCX_PARAGRAPHS, what: 'đoạn văn' },
      { pattern: /<w:tr[\s>/]/g, max: MAX_DOCX_TABLE_ROWS, what: 'dòng bảng' },
      { pattern: /<w:tc[\s>/]/g, max: MAX_DOCX_CELLS, what: 'ô bảng' },
    ],
  });
  try {
    tree = parser.parse(xml) as Node[];
  } catch {
    throw new AppError('import_failed', `Tệp «${file}» bị hỏng: nội dung văn bản Word không đọc được.`, { file });
  }
  const doc = tree.find((n) => tagOf(n) === 'w:document');
  const body = doc ? children(doc, 'w:document').find((n) => tagOf(n) === 'w:body') : undefined;
  const blocks = body ? children(body, 'w:body') : [];
  const paragraphs: string[] = [];
  const rows: SourceRow[] = [];
  let columns: ColumnMap | null = null;
  let width = 0;
  let rowNo = 0;
  for (const block of blocks) {
    const tag = tagOf(block);
    if (tag === 'w:p') paragraphs.push(...paragraphText(block).split('\n'));
    if (tag !== 'w:tbl') continue;
    const read = tableRows(block);
    const cells = read.map((r) => r.cells);
    const headerHere = cells.some((r) => readHeader(r));
    if (!columns && headerHere) {
      columns = cells.map((r) => readHeader(r)).find((c) => c) ?? null;
      width = Math.max(...cells.map((r) => r.length));
    } else if (!columns || !(headerHere || Math.max(...cells.map((r) => r.length)) === width)) {
      for (const r of cells) paragraphs.push(...r.flatMap((c) => c.split('\n')));
      continue;
    }
    for (const r of read) rows.push({ row: (rowNo += 1), cells: r.cells, ...(r.carried.length ? { carried: r.carried } : {}) });
  }
  return { paragraphs, rows };
}
