import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { MAX_IMPORT_BYTES } from '../../../electron/core/plans/import/limits';
import { writeZip } from './zip-writer';
import { esc, HEADER, makeXlsx } from './huge-xlsx';

/**
 * Issue 19, point 7: a 19 MB XLSX plan of 850 000 rows (inside the 20 MB size limit, and inside the
 * 200 MB unpacked limit) took 56 s and 2.9 GB of memory before it was refused. Rows and cells are now
 * counted while the sheet inflates: refused in seconds with bounded memory, through `ltt plan import`.
 */
const LTT = path.resolve(__dirname, '..', '..', '..', 'bin', 'ltt.cjs');
let dir: string;
let xlsx: string;
let docx: string;

function makeDocx(rows: number): Buffer {
  const tc = (t: string) => `<w:tc><w:p><w:r><w:t>${esc(t)}</w:t></w:r></w:p></w:tc>`;
  const body = [`<w:tbl><w:tr>${HEADER.map(tc).join('')}</w:tr>`];
  for (let r = 1; r <= rows; r += 1) body.push(`<w:tr>${tc(String(r))}${tc(`Nhiệm vụ ${r}`)}</w:tr>`);
  body.push('</w:tbl>');
  return writeZip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`,
    ],
  ]);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-huge-'));
  xlsx = path.join(dir, 'ke-hoach-850k.xlsx');
  fs.writeFileSync(xlsx, makeXlsx(850_000));
  docx = path.join(dir, 'ke-hoach-100k.docx');
  fs.writeFileSync(docx, makeDocx(100_000));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const timeAvailable = fs.existsSync('/usr/bin/time');

describe('plan files with far more rows than any plan are refused quickly, with bounded memory', () => {
  it('the XLSX is realistic: about 19 MB, inside the size limit', () => {
    const size = fs.statSync(xlsx).size;
    expect(size).toBeGreaterThan(15 * 1024 * 1024);
    expect(size).toBeLessThan(MAX_IMPORT_BYTES);
  });

  it.skipIf(!timeAvailable)(
    '`ltt plan import` refuses the 850 000-row XLSX in under 5 s with peak RSS under 300 MB',
    () => {
      const db = path.join(dir, 'data.sqlite');
      execFileSync(process.execPath, [LTT, '--db', db, 'init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Nguyễn Văn An'], { stdio: 'ignore' });
      const r = spawnSync('/usr/bin/time', ['-f', 'LTT-TIME %e %M', process.execPath, LTT, '--db', db, 'plan', 'import', xlsx], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      const m = /LTT-TIME ([\d.]+) (\d+)/.exec(r.stderr);
      expect(m, r.stderr).not.toBeNull();
      const seconds = Number(m![1]);
      const rssMb = Number(m![2]) / 1024;
      console.log(`huge xlsx: ${seconds} s, peak RSS ${rssMb.toFixed(0)} MB`);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/quá nhiều dòng trong trang tính «sheet1» \(hơn 20\.000\)/);
      expect(seconds).toBeLessThan(5);
      expect(rssMb).toBeLessThan(300);
    },
    120_000,
  );

  it('a DOCX with 100 000 table rows is refused before parsing, naming the cap', async () => {
    const started = Date.now();
    await expect(parsePlanFile(fs.readFileSync(docx), 'ke-hoach-100k.docx')).rejects.toMatchObject({
      code: 'import_failed',
      message: expect.stringMatching(/quá nhiều dòng bảng.*hơn 20\.000/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
