import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TableBorders, VerticalAlign, WidthType } from 'docx';
import type { ReportDocument } from '../../../../shared/domain/report';
import { TEXT_WIDTH, centred, pt, rule, run, textWidth } from './layout';

/** Left column (bodies, number) and right column (motto, place and date), per Phụ lục I. */
const LEFT = Math.round(TEXT_WIDTH * 0.38);
const RIGHT = TEXT_WIDTH - LEFT;
const CELL_MARGIN = 0;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

export function headerBlocks(doc: ReportDocument): Table {
  const h = doc.header;
  const left: Paragraph[] = [];
  if (h.parentBody) left.push(centred(h.parentBody, { size: pt(13) }));
  left.push(centred(h.issuingBody, { size: pt(13), bold: true }));
  // Short rule under the issuing body: about a third of the column.
  left.push(rule(LEFT, Math.round(LEFT / 3), 120));

  const [motto1, motto2] = h.motto;
  const mottoWidth = Math.min(RIGHT, textWidth(motto2, pt(14), true));
  const right: Paragraph[] = [centred(motto1, { size: pt(12), bold: true }), centred(motto2, { size: pt(14), bold: true }), rule(RIGHT, mottoWidth, 120)];

  const numberCell = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [run(h.numberLine, { size: pt(13) })] })];
  const dateCell = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [run(h.placeDate, { size: pt(14), italics: true })] }),
  ];

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(LEFT, left), cell(RIGHT, right)] }), new TableRow({ children: [cell(LEFT, numberCell), cell(RIGHT, dateCell)] })],
  });
}

export function titleBlock(doc: ReportDocument): Paragraph[] {
  const subjectLines = [doc.subject];
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 0 }, children: [run(doc.title, { size: pt(14), bold: true })] }),
    ...subjectLines.map(
      (s) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 276 }, children: [run(s, { size: pt(14), bold: true })] }),
    ),
    // The form: a rule under the subject 1/3 to 1/2 as long as its line (the longest line, when it wraps).
    rule(TEXT_WIDTH, subjectRuleWidth(doc.subject), 240),
  ];
}

export function subjectRuleWidth(subject: string): number {
  return Math.round(0.4 * Math.min(TEXT_WIDTH, textWidth(subject, pt(14), true)));
}
