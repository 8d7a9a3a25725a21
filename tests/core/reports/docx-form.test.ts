import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/core/reports/docx/build-docx';
import { subjectRuleWidth } from '../../../electron/core/reports/docx/header-blocks';
import { TEXT_WIDTH, textWidth, pt } from '../../../electron/core/reports/docx/layout';
import { pageToolsMissing, soffice } from './pdf-tools';
import { buildReportDocument, defaultReportTexts, type ReportDocument } from '../../../shared/domain/report';
import { compliance, items, plan, settings } from '../../shared/report/fixture';
import { attrs, findAll, readXml, unzip } from './ooxml';

/**
 * Issue 16, the form (Phụ lục I, Nghị định 30/2020): "Số: 05/…", the closing paragraph on the page of
 * "Nơi nhận" and the signature whatever the report's length, a long recipients list printed whole, the
 * subject rule 1/3–1/2 of its line. Rendered by LibreOffice and read back page by page.
 */
function variant(fillers: number, recipients = settings.recipients): ReportDocument {
  const filler = Array.from(
    { length: fillers },
    (_, i) =>
      `${i + 1}. Tiếp tục đổi mới nội dung, hình thức tuyên truyền cải cách hành chính trên sóng phát thanh, truyền hình và báo in; tăng thời lượng, nâng cao chất lượng chuyên mục.`,
  );
  return buildReportDocument({
    compliance: compliance(),
    plan,
    items,
    settings: { ...settings, recipients },
    texts: { ...defaultReportTexts(plan), proposals: ['Không.', ...filler].join('\n') },
    reportDate: '2021-01-05',
    number: '5',
  });
}

// Lengths that move the end of the body down a page, line by line, so one of them ends right at a page break.
const FILLERS = [0, 3, 5, 7, 9, 11, 13, 15, 17, 19];
const LONG_RECIPIENTS = Array.from({ length: 30 }, (_, i) => `Nơi nhận số ${i + 1} (Sở, ban, ngành tỉnh có liên quan);`);

const reason = pageToolsMissing;

describe('the form in the DOCX file', () => {
  it('writes numbers below 10 with a leading zero', () => {
    expect(variant(0).header.numberLine).toBe('Số: 05/BC-PTTH');
  });

  it('draws the subject rule 1/3 to 1/2 as long as the subject line', async () => {
    const doc = variant(0);
    const line = Math.min(TEXT_WIDTH, textWidth(doc.subject, pt(14), true));
    const xml = await readXml(await unzip(await renderDocx(doc)), 'word/document.xml');
    // The rule is the bordered paragraph after the subject; its length is the text width less its indents.
    const ruled = findAll(xml, 'w:p').filter((p) => findAll([p], 'w:pBdr').length > 0);
    const last = ruled[ruled.length - 1]!;
    const ind = attrs(findAll([last], 'w:ind')[0]!);
    const length = TEXT_WIDTH - Number(ind['w:left']) - Number(ind['w:right']);
    expect(length).toBeCloseTo(subjectRuleWidth(doc.subject), -1);
    expect(length / line).toBeGreaterThanOrEqual(1 / 3);
    expect(length / line).toBeLessThanOrEqual(1 / 2);
  });
});

describe.skipIf(reason !== '')(`the form as LibreOffice prints it${reason ? ` — SKIPPED: ${reason}` : ''}`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-form-'));
  const pagesOf = new Map<string, string[]>();
  const docs = new Map<string, ReportDocument>();

  beforeAll(async () => {
    for (const n of FILLERS) docs.set(`ngan-${n}`, variant(n));
    for (const n of [0, 9]) docs.set(`nhieu-noi-nhan-${n}`, variant(n, LONG_RECIPIENTS));
    const files: string[] = [];
    for (const [name, doc] of docs) {
      const file = path.join(dir, `${name}.docx`);
      fs.writeFileSync(file, await renderDocx(doc));
      files.push(file);
    }
    // One LibreOffice run for every file.
    execFileSync(
      soffice!,
      [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
      {
        stdio: 'ignore',
        timeout: 300_000,
      },
    );
    for (const name of docs.keys()) {
      const txt = execFileSync('pdftotext', ['-layout', path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
      pagesOf.set(
        name,
        txt.split('\f').filter((p) => p.trim() !== ''),
      );
    }
  }, 320_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints "Số: 05/BC-…" on the first page', () => {
    expect(pagesOf.get('ngan-0')![0]).toMatch(/Số: 05\/BC-PTTH/);
  });

  it('keeps the closing paragraph on the page of "Nơi nhận" and the signature, for every length', () => {
    const pageCounts = new Set<number>();
    for (const [name, pages] of pagesOf) {
      pageCounts.add(pages.length);
      const at = pages.findIndex((p) => p.includes('Nơi nhận:'));
      expect(at, name).toBeGreaterThanOrEqual(0);
      expect(pages[at]!.replace(/\s+/g, ' '), name).toContain('Trên đây là báo cáo');
      expect(pages.slice(at).join('\n'), name).toContain('Nguyễn Văn Thắng');
    }
    // The lengths really did move the end across a page break.
    expect(pageCounts.size).toBeGreaterThan(1);
  });

  it('prints a long recipients list whole, down to "- Lưu: …"', () => {
    for (const name of ['nhieu-noi-nhan-0', 'nhieu-noi-nhan-9']) {
      const flat = pagesOf.get(name)!.join('\n').replace(/\s+/g, ' ');
      LONG_RECIPIENTS.forEach((_, i) => expect(flat, name).toContain(`- Nơi nhận số ${i + 1} (Sở`));
      expect(flat, name).toContain('- Lưu: VT, TKBT.');
    }
  });
});
