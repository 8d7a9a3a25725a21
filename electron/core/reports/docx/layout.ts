import { AlignmentType, BorderStyle, Paragraph, TextRun, type IBorderOptions } from 'docx';

/**
 * The page and type of Nghị định 30/2020/NĐ-CP, Phụ lục I. Margins sit inside the decree's ranges
 * (top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm); tests read them back from the file.
 */
export const FONT = 'Times New Roman';
/** Millimetres to twips rounded up: docx's own helper rounds down, which put 20 mm at 19.99 mm, under the minimum. */
const mmToTwip = (mm: number): number => Math.ceil((mm / 25.4) * 1440);
export const PAGE = {
  width: 11906, // A4, twips
  height: 16838,
  top: mmToTwip(20),
  bottom: mmToTwip(20),
  left: mmToTwip(30),
  right: mmToTwip(15),
  header: mmToTwip(10),
};
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Half-points. */
export const pt = (points: number): number => points * 2;
export const BODY_SIZE = pt(14);
/** 1.27 cm first-line indent, within the decree's 1–1.27 cm. */
export const FIRST_LINE = Math.floor((12.7 / 25.4) * 1440);
/** 6 pt after each body paragraph; line spacing 1.15 (single to 1.5 allowed). */
export const PARA_AFTER = 120;
export const LINE = 276;

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: style.size ?? BODY_SIZE, bold: style.bold, italics: style.italics, color: '000000' });
}

/** A centred line with no spacing, for the header and signature blocks. */
export function centred(text: string, style: RunStyle = {}, after = 0): Paragraph {
  // Slightly over single spacing: stacked Vietnamese diacritics on capitals otherwise touch the line above.
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after, line: 264 }, children: [run(text, style)] });
}

/**
 * A horizontal rule of a given width centred in a box, drawn as the top border of an almost empty
 * paragraph between indents: Word and LibreOffice both draw it the same, and it never wraps.
 */
export function rule(boxWidth: number, ruleWidth: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - ruleWidth) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { top: RULE },
    spacing: { before: 60, after, line: 240 },
    children: [run('', { size: pt(2) })],
  });
}

/**
 * Rough width of a line of Times New Roman, in twips (average glyph ≈ 0.5 em, capitals ≈ 0.68 em,
 * a little more in bold). Only used to size the rule under the motto "the length of the line".
 */
export function textWidth(text: string, sizeHalfPoints: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') ems += 0.25;
    else if (ch === '-' || ch === '.' || ch === ',') ems += 0.33;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) ems += 0.69;
    else ems += 0.48;
  }
  return Math.round(ems * (bold ? 1.05 : 1) * (sizeHalfPoints / 2) * 20);
}

export function bodyParagraph(text: string, style: RunStyle = {}, keep: { next?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: { before: 0, after: PARA_AFTER, line: LINE },
    keepNext: keep.next,
    keepLines: keep.next,
    children: [run(text, style)],
  });
}
