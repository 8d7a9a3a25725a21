import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, samplePlan, startApp, type AppHandle } from './fixtures';

describe('Báo cáo in Chromium: preview, edit a section, export DOCX and XLSX, history', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true } });
    await app.page.locator('.topbar .org').waitFor();
    const task05 = (await samplePlan(app)).taskIds.get('05')!;
    const july = await api<{ id: string }>(app, 'items:create', {
      kind: 'segment',
      outlet: 'tv',
      plannedDate: '2020-07-25',
      title: 'Chuyên mục CCHC tháng 7',
      taskIds: [task05],
    });
    await api(app, 'items:markDone', { id: july.id, at: '2020-08-02' });
    await api(app, 'reports:saveSettings', {
      parentBody: 'UBND TỈNH HẢI DƯƠNG',
      issuingBody: 'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG',
      issuingAbbr: 'PTTH',
      numberPattern: '{n}/BC-{abbr}',
      place: 'Hải Dương',
      signerAuthority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      signerName: 'Nguyễn Văn Thắng',
      recipients: ['Sở Nội vụ tỉnh Hải Dương;', 'Ban Giám đốc Đài;'],
      archive: 'VT, TKBT',
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('previews the report as it will print', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '/reports?period=2020-Q3&asOf=2020-11-15&date=2020-11-16&number=12'));
    const paper = page.locator('.rp-paper');
    await paper.waitFor();
    await expect.poll(() => paper.locator('.rp-title').innerText(), { timeout: 10_000 }).toBe('BÁO CÁO');
    await expect.poll(() => paper.innerText(), { timeout: 10_000 }).toContain('Độc lập - Tự do - Hạnh phúc');
    await expect.poll(() => paper.locator('.rp-date').innerText(), { timeout: 10_000 }).toBe('Hải Dương, ngày 16 tháng 11 năm 2020');
    await expect.poll(() => paper.locator('.rp-number').innerText(), { timeout: 10_000 }).toBe('Số: 12/BC-PTTH');
    await expect.poll(() => paper.locator('.rp-subject').innerText(), { timeout: 10_000 }).toContain('quý III năm 2020');
    const row05 = paper.locator('tr[data-task="05"] td');
    await expect.poll(() => row05.nth(4).innerText(), { timeout: 10_000 }).toBe('3');
    await expect.poll(() => row05.nth(6).innerText(), { timeout: 10_000 }).toBe('1');
    // "Số: 12" and the arithmetic columns: required 3 = on time + late + missing + not yet due.
    const cells = await row05.allInnerTexts();
    expect(Number(cells[4])).toBe(cells.slice(5, 9).reduce((n, c) => n + Number(c), 0));
    await expect.poll(() => paper.innerText(), { timeout: 10_000 }).toContain('02/08/2020 – Chuyên mục “Chuyên mục CCHC tháng 7”');
    await expect.poll(() => page.locator('.rp-warnings summary').innerText(), { timeout: 10_000 }).toMatch(/^Cần xem lại trước khi gửi \(\d+\)$/);
    await app.screenshot('reports-preview');
    await paper.scrollIntoViewIfNeeded();
    await app.screenshot('reports-paper');
  });

  it('prints only the sheet (the printToPDF path of the desktop app)', async () => {
    const { page } = app;
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-print-'));
    try {
      const file = path.join(dir, 'in.pdf');
      fs.writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Nguyễn Văn Thắng');
      expect(text).not.toContain('Xuất DOCX');
      expect(text).not.toContain('Lịch sử báo cáo đã xuất');
      expect(text).not.toContain('Theo dõi');
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info, info).toMatch(/Page size:\s+59[45](\.\d*)? x 84[12](\.\d*)? pts \(A4\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('edits section III in place and keeps it as a draft', async () => {
    const { page } = app;
    const box = page.locator('textarea[name="assessment"]');
    await box.fill('1. Ưu điểm: chuyên mục phát sóng đều đặn hằng tháng.\n2. Hạn chế: kỳ tháng 7 phát sóng trễ.');
    await box.blur();
    await expect
      .poll(
        async () =>
          (
            await api<{ texts: { assessment: string }; source: string }>(app, 'reports:texts', {
              planId: (await api<Array<{ id: string }>>(app, 'compliance:plans', {}))[0]!.id,
            })
          ).source,
      )
      .toBe('draft');
    await expect.poll(() => page.locator('.rp-hint').innerText()).toContain('Đã lưu nội dung các mục.');
  });

  it('exports DOCX and XLSX with progress, and finds both in the history', async () => {
    const { page } = app;
    for (const format of ['docx', 'xlsx']) {
      await page.locator(`button[data-format="${format}"]`).click();
      const done = page.locator('.rp-done');
      await done.waitFor();
      await expect.poll(() => done.innerText(), { timeout: 10_000 }).toMatch(new RegExp(`Đã xuất bao-cao-259-KH-UBND-2020-07-01-2020-09-30-.*\\.${format}`));
      await expect(done.getByRole('button', { name: 'Tải về' }).count()).resolves.toBe(1);
    }
    const history = page.locator('.rp-history-table tbody tr');
    await expect.poll(() => history.count()).toBe(2);
    await expect(history.nth(0).getAttribute('data-format')).resolves.toBe('xlsx');
    await expect(history.nth(1).getAttribute('data-format')).resolves.toBe('docx');
    await expect.poll(() => history.nth(0).innerText(), { timeout: 10_000 }).toContain('Nguyễn Văn An');
    await expect.poll(() => history.nth(0).innerText(), { timeout: 10_000 }).toContain('quý III năm 2020');

    // The exported DOCX carries the edited section: download it through the app and look inside.
    // The token travels in a header (no cookie), so the page fetches the file and hands it over as a download.
    const downloading = page.waitForEvent('download');
    await history.nth(1).getByRole('button', { name: 'Tải về' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bao-cao-259-KH-UBND-.*\.docx$/);
    const bytes = fs.readFileSync((await download.path())!);
    const { unzip, readXml, paragraphs } = await import('../core/reports/ooxml');
    const text = paragraphs(await readXml(await unzip(Buffer.from(bytes)), 'word/document.xml'));
    expect(text).toContain('2. Hạn chế: kỳ tháng 7 phát sóng trễ.');
    expect(text).toContain('Số: 12/BC-PTTH');
    await page.locator('.rp-history').scrollIntoViewIfNeeded();
    await app.screenshot('reports-history');
  });

  it("reports the station's own tasks, the whole plan with the switch, and a past period as at its last day", async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '/reports?period=2020-Q3&date=2020-11-16'));
    const paper = page.locator('.rp-paper');
    const codes = () => paper.locator('tr[data-task]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task')));
    await expect.poll(() => paper.innerText(), { timeout: 10_000 }).toContain('số liệu tính đến hết ngày 30/09/2020');
    await expect.poll(codes, { timeout: 10_000 }).toEqual(['03', '05', 'III.1.2-a', 'III.1.2-b', 'III.1.2-c']);
    expect(await page.locator('input[name="asOf"]').inputValue()).toMatch(/30\/09\/2020|2020-09-30/);
    await page.locator('input[name="allTasks"]').check();
    await expect.poll(async () => (await codes()).length, { timeout: 10_000 }).toBeGreaterThan(5);
    expect(await codes()).toContain('06');
    await page.locator('input[name="allTasks"]').uncheck();
    await expect.poll(async () => (await codes()).length, { timeout: 10_000 }).toBe(5);
  });
});
