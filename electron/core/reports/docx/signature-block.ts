import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ReportDocument } from '../../../../shared/domain/report';
import { TEXT_WIDTH, centred, pt, run } from './layout';

const LEFT = Math.round(TEXT_WIDTH * 0.45);
const RIGHT = TEXT_WIDTH - LEFT;
/** Recipient lines (11 pt) that, with the heading, take at most about a third of a page. */
const MAX_UNSPLIT_LINES = 15;

/** "Nơi nhận" bottom left (12 pt bold italic heading, 11 pt list); the signature bottom right. */
export function signatureBlock(doc: ReportDocument): Table {
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(doc.recipients.heading, { size: pt(12), bold: true, italics: true })] }),
    ...doc.recipients.lines.map(
      (l) => new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, alignment: AlignmentType.LEFT, children: [run(l, { size: pt(11) })] }),
    ),
  ];
  const signature = [
    ...doc.signer.authority.map((l) => centred(l, { size: pt(14), bold: true })),
    // Room for the signature and the seal.
    ...Array.from({ length: 5 }, () => centred('', { size: pt(14) })),
    centred(doc.signer.name, { size: pt(14), bold: true }),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0, top: 0, bottom: 0 }, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // Kept whole while it fits a page with room to spare; a long recipients list may break across pages
    // (a row that cannot split and is taller than the page is cut off, losing the last lines and "- Lưu: VT").
    rows: [new TableRow({ cantSplit: doc.recipients.lines.length <= MAX_UNSPLIT_LINES, children: [cell(LEFT, recipients), cell(RIGHT, signature)] })],
  });
}
