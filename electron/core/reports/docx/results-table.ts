import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { RESULT_TABLE_HEADINGS, doneItemsHeading, printedItemLine, type ResultRow, type ResultsSection } from '../../../../shared/domain/report';
import { TEXT_WIDTH, pt, run } from './layout';
import { textLines } from './text-lines';

const SIZE = pt(12);
const ITEM_SIZE = pt(11);
/** required = onTime + late + missing + notYetDue across each row; "Ngoài yêu cầu" (extra) apart. */
const HEADINGS = RESULT_TABLE_HEADINGS;
const FIXED = [520, 2150, 1100, 0, 960, 700, 640, 700, 760, 780];
/** Columns in twips; "Cơ quan chủ trì" takes what is left of the text width. */
const WIDTHS = FIXED.map((w) => (w === 0 ? TEXT_WIDTH - FIXED.reduce((a, b) => a + b, 0) : w));
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function p(
  text: string,
  opts: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.LEFT,
    spacing: { before: 20, after: 20, line: 240 },
    children: [run(text, { size: opts.size ?? SIZE, bold: opts.bold, italics: opts.italics })],
  });
}

function cell(children: Paragraph[], width: number, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    verticalAlign: VerticalAlign.CENTER,
    children,
  });
}

const num = (n: number | string, bold = false) => p(String(n), { align: AlignmentType.CENTER, bold });

function taskRows(r: ResultRow, itemLine: (text: string) => Paragraph): TableRow[] {
  const counted = r.requiredText === null;
  const main = new TableRow({
    cantSplit: true,
    children: [
      cell([num(r.order)], WIDTHS[0]!),
      cell([p(`${r.code}. ${r.title}`)], WIDTHS[1]!),
      cell([p(r.product)], WIDTHS[2]!),
      cell([p(r.leads.join('; '))], WIDTHS[3]!),
      cell([num(r.requiredText ?? r.required ?? 0)], WIDTHS[4]!),
      cell([num(counted ? r.onTime : '–')], WIDTHS[5]!),
      cell([num(counted ? r.late : '–')], WIDTHS[6]!),
      cell([num(counted ? r.missing : '–')], WIDTHS[7]!),
      cell([num(counted ? r.notYetDue : '–')], WIDTHS[8]!),
      cell([num(r.extra)], WIDTHS[9]!),
    ],
  });
  const lines = [p(doneItemsHeading(r), { italics: true, size: ITEM_SIZE }), ...r.items.map((i) => itemLine(`- ${printedItemLine(i)}`))];
  const detail = new TableRow({
    children: [
      cell([p('')], WIDTHS[0]!),
      cell(
        lines,
        WIDTHS.slice(1).reduce((a, b) => a + b, 0),
        HEADINGS.length - 1,
      ),
    ],
  });
  return [main, detail];
}

/** The appendix's section heading, spanning the table, above the first task of each section. */
function sectionRow(r: ResultRow, prev: ResultRow | undefined): TableRow[] {
  if (!r.section || r.section === prev?.section) return [];
  return [new TableRow({ cantSplit: true, children: [cell([p(r.section, { bold: true })], TEXT_WIDTH, 8)] })];
}

export function resultsTable(results: ResultsSection): Table {
  // A year's report lists thousands of items, one paragraph each, all alike but for the text.
  const itemLine = textLines((text) => p(text, { size: ITEM_SIZE }));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: HEADINGS.map((h, i) => cell([p(h, { bold: true, align: AlignmentType.CENTER })], WIDTHS[i]!)),
  });
  const t = results.totals;
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell(
        [p('Tổng cộng', { bold: true, align: AlignmentType.CENTER })],
        WIDTHS.slice(0, 4).reduce((a, b) => a + b, 0),
        4,
      ),
      cell([num(t.required, true)], WIDTHS[4]!),
      cell([num(t.onTime, true)], WIDTHS[5]!),
      cell([num(t.late, true)], WIDTHS[6]!),
      cell([num(t.missing, true)], WIDTHS[7]!),
      cell([num(t.notYetDue, true)], WIDTHS[8]!),
      cell([num(t.extra, true)], WIDTHS[9]!),
    ],
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...results.rows.flatMap((r, i) => [...sectionRow(r, results.rows[i - 1]), ...taskRows(r, itemLine)]), total],
  });
}
