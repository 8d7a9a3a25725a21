import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/core/reports/docx/build-docx';
import { pageToolsMissing, soffice } from './pdf-tools';
import type { ReportDocument } from '../../../shared/domain/report';
import { sampleDocument } from '../../shared/report/fixture';
import { attrs, findAll, paragraphs, readXml, textOf, unzip, type XmlNode } from './ooxml';

const MM = 1440 / 25.4; // twips per millimetre

describe('DOCX read back by an independent parser (jszip + fast-xml-parser)', () => {
  let doc: ReportDocument;
  let xml: XmlNode[];
  let text: string[];
  let all: string;
  let zipParts: string[];
  let bytes: Buffer;

  beforeAll(async () => {
    doc = sampleDocument();
    bytes = await renderDocx(doc);
    const zip = await unzip(bytes);
    zipParts = Object.keys(zip.files);
    xml = await readXml(zip, 'word/document.xml');
    text = paragraphs(xml);
    all = text.join('\n');
  });

  it('has the national motto, "BÁO CÁO", the subject and the period, in order', () => {
    const i1 = text.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const i2 = text.indexOf('Độc lập - Tự do - Hạnh phúc');
    const i3 = text.indexOf('BÁO CÁO');
    expect(i1).toBeGreaterThanOrEqual(0);
    expect(i2).toBe(i1 + 1);
    expect(i3).toBeGreaterThan(i2);
    expect(text[i3 + 1]).toBe('Kết quả thực hiện Kế hoạch số 259/KH-UBND ngày 31/01/2020 của UBND tỉnh Hải Dương năm 2020');
    expect(all).toContain('Hải Dương, ngày 16 tháng 11 năm 2020');
    expect(all).toContain('Số: 12/BC-PTTH');
    expect(all).toContain('số liệu tính đến hết ngày 15/11/2020');
  });

  it('has sections I–V, every task and the recipients and signature', () => {
    for (const h of [
      'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
      'II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]) {
      expect(text).toContain(h);
    }
    for (const row of doc.results.rows) expect(text).toContain(`${row.code}. ${row.title}`);
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Lưu: VT, TKBT.');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('Nguyễn Văn Thắng');
  });

  it('prints the numbers of each task row in the results table', () => {
    const tables = findAll(xml, 'w:tbl');
    const results = tables.find((t) => textOf(t).includes('Còn thiếu'))!;
    const rows = findAll([results], 'w:tr').map((tr) => findAll([tr], 'w:tc').map((tc) => textOf(tc)));
    for (const r of doc.results.rows) {
      const printed = rows.find((cells) => cells[1] === `${r.code}. ${r.title}`)!;
      const dash = (n: number) => (r.requiredText ? '–' : String(n));
      expect(printed.slice(4)).toEqual([
        r.requiredText ?? String(r.required),
        dash(r.onTime),
        dash(r.late),
        dash(r.missing),
        dash(r.notYetDue),
        String(r.extra),
      ]);
    }
    const total = rows.find((cells) => cells[0] === 'Tổng cộng')!;
    const t = doc.results.totals;
    expect(total.slice(1)).toEqual([t.required, t.onTime, t.late, t.missing, t.notYetDue, t.extra].map(String));
    expect(t.required).toBe(t.onTime + t.late + t.missing + t.notYetDue);
    for (const r of doc.results.rows) for (const i of r.items) expect(all).toContain(i.text);
  });

  it('keeps Vietnamese diacritics intact (NFC, precomposed)', () => {
    expect(all).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(all).toContain('“Một cửa” ở cấp xã');
    expect(all).toContain('Bài viết có dấu "ngoặc kép", dấu phẩy và xuống dòng');
    expect(all).toContain('Tuyên truyền, phổ biến các văn bản pháp luật mới ban hành');
    expect(all.normalize('NFC')).toBe(all);
    expect(all).not.toContain('\uFFFD');
  });

  it('is A4 with margins inside the decree ranges', () => {
    const sect = findAll(xml, 'w:sectPr')[0]!;
    const size = attrs(findAll([sect], 'w:pgSz')[0]!);
    expect(Number(size['w:w'])).toBe(11906);
    expect(Number(size['w:h'])).toBe(16838);
    const mar = attrs(findAll([sect], 'w:pgMar')[0]!);
    const mm = (k: string) => Number(mar[k]) / MM;
    expect(mm('w:top')).toBeGreaterThanOrEqual(20);
    expect(mm('w:top')).toBeLessThanOrEqual(25);
    expect(mm('w:bottom')).toBeGreaterThanOrEqual(20);
    expect(mm('w:bottom')).toBeLessThanOrEqual(25);
    expect(mm('w:left')).toBeGreaterThanOrEqual(30);
    expect(mm('w:left')).toBeLessThanOrEqual(35);
    expect(mm('w:right')).toBeGreaterThanOrEqual(15);
    expect(mm('w:right')).toBeLessThanOrEqual(20);
  });

  it('uses Times New Roman for every run and in the default style', async () => {
    const fonts = findAll(xml, 'w:rFonts').map((f) => attrs(f)['w:ascii']);
    expect(fonts.length).toBeGreaterThan(50);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    const styles = await readXml(await unzip(bytes), 'word/styles.xml');
    const defaults = findAll(findAll(styles, 'w:rPrDefault'), 'w:rFonts').map((f) => attrs(f)['w:ascii']);
    expect(defaults).toContain('Times New Roman');
  });

  it('numbers pages top centre from page 2: a different, empty first-page header', async () => {
    const sect = findAll(xml, 'w:sectPr')[0]!;
    expect(findAll([sect], 'w:titlePg')).toHaveLength(1);
    const refs = findAll([sect], 'w:headerReference').map((r) => attrs(r)['w:type']);
    expect(refs.sort()).toEqual(['default', 'first']);
    const zip = await unzip(bytes);
    const headers = await Promise.all(zipParts.filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => zip.file(p)!.async('string')));
    const withPage = headers.filter((h) => /PAGE/.test(h));
    expect(withPage).toHaveLength(1);
    expect(withPage[0]).toMatch(/<w:jc w:val="center"\/>/);
  });
});

const reason = pageToolsMissing;

describe.skipIf(reason !== '')(`DOCX opened by LibreOffice${reason ? ` — SKIPPED: ${reason}` : ''}`, () => {
  let dir: string;
  let pages: string[];
  let doc: ReportDocument;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-docx-lo-'));
    doc = sampleDocument();
    const file = path.join(dir, 'bao-cao.docx');
    fs.writeFileSync(file, await renderDocx(doc));
    execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    const txt = execFileSync('pdftotext', ['-layout', path.join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' });
    pages = txt.split('\f').filter((p) => p.trim() !== '');
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renders the motto, the title, every task and the totals', () => {
    const flat = pages.join('\n').replace(/\s+/g, ' ');
    expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(flat).toContain('BÁO CÁO');
    expect(flat).toContain('Hải Dương, ngày 16 tháng 11 năm 2020');
    for (const r of doc.results.rows) expect(flat).toContain(`${r.code}.`);
    expect(flat).toContain('Tổng cộng');
    expect(flat).toContain('Nguyễn Văn Thắng');
  });

  it('has no page number on page 1 and "2" at the top of page 2', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const firstLine = (p: string) =>
      p
        .split('\n')
        .find((l) => l.trim() !== '')!
        .trim();
    expect(firstLine(pages[0]!)).not.toMatch(/^\d+$/);
    expect(firstLine(pages[1]!)).toBe('2');
  });
});
