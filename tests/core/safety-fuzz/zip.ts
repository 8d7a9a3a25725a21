import { writeZip } from '../plans/zip-writer';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A DOCX/XLSX-shaped archive whose main part inflates to `mb` megabytes. */
export function zipBomb(kind: 'docx' | 'xlsx', mb: number, lie = false): Buffer {
  const main = kind === 'docx' ? 'word/document.xml' : 'xl/worksheets/sheet1.xml';
  const big = Buffer.alloc(mb * 1024 * 1024, 0x20);
  Buffer.from('<?xml version="1.0"?><a>').copy(big);
  return writeZip(
    [
      ['[Content_Types].xml', Buffer.from(CONTENT_TYPES)],
      [kind === 'docx' ? 'word/_rels/document.xml.rels' : 'xl/workbook.xml', Buffer.from('<?xml version="1.0"?><x/>')],
      [main, big, lie ? 1000 : undefined],
    ],
    { level: 9 },
  );
}
