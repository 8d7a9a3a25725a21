import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../../electron/core/reports/docx/layout';
import { textLines } from '../../../electron/core/reports/docx/text-lines';
import { unzip } from './ooxml';

const plain = (text: string) => new Paragraph({ spacing: { before: 20, after: 20, line: 240 }, children: [run(text, { size: 22 })] });

/** word/document.xml of a document whose lines sit in a table cell, as the report's item lines do. */
async function documentXml(lines: Paragraph[]): Promise<string> {
  const table = new Table({ rows: [new TableRow({ children: [new TableCell({ children: lines })] })] });
  const doc = new Document({ sections: [{ children: [new Paragraph('trước'), table, new Paragraph('sau')] }] });
  const zip = await unzip(await Packer.toBuffer(doc));
  return zip.file('word/document.xml')!.async('string');
}

describe('DOCX text lines (one prepared paragraph reused for many texts)', () => {
  it('writes the same XML as building every paragraph, for any texts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 8 }), async (texts) => {
        const line = textLines(plain);
        expect(await documentXml(texts.map(line))).toBe(await documentXml(texts.map(plain)));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps special characters, Vietnamese text and empty lines as docx writes them', async () => {
    const texts = ['- 05/01/2029 – Tin “Một cửa” & <b>, số 12', '', 'CURRENT', '  dấu cách hai đầu  ', 'Độc lập - Tự do - Hạnh phúc', 'a\'b"c'];
    const line = textLines(plain);
    const xml = await documentXml(texts.map(line));
    expect(xml).toBe(await documentXml(texts.map(plain)));
    expect(xml).toContain('Tin “Một cửa” &amp; &lt;b&gt;, số 12');
  });

  it('falls back to building each paragraph when the text is not in a single run', async () => {
    const twice = (text: string) => new Paragraph({ children: [run(text), run(text)] });
    const texts = ['một', 'hai'];
    expect(await documentXml(texts.map(textLines(twice)))).toBe(await documentXml(texts.map(twice)));
  });
});
