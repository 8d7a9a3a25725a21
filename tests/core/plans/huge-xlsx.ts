import crypto from 'node:crypto';
import { writeZip } from './zip-writer';

/** A plan table header, as the province's appendix has it. */
export const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function sheetXml(rows: number): string {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  out.push(`<row r="1">${HEADER.map((h, i) => cell(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`);
  // Random digits, so the file is as dense as a real export (about 19 MB for 850 000 rows).
  const rnd = crypto.randomBytes(rows * 8);
  for (let r = 2; r <= rows + 1; r += 1) {
    const a = rnd.readUInt32LE((r - 2) * 8);
    const b = rnd.readUInt32LE((r - 2) * 8 + 4);
    out.push(`<row r="${r}"><c r="A${r}"><v>${a}</v></c>${cell(`B${r}`, `Nhiệm vụ ${b % 10000000}`)}</row>`);
  }
  out.push('</sheetData></worksheet>');
  return out.join('');
}

export function makeXlsx(rows: number): Buffer {
  return writeZip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kế hoạch" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ],
    ['xl/worksheets/sheet1.xml', sheetXml(rows)],
  ]);
}
