import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';
import { SchedulePage } from './schedule-helpers';

describe('the schedule in Chromium through the browser host', () => {
  let app: AppHandle;
  let s: SchedulePage;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', role: 'editor', withSample: true } });
    s = new SchedulePage(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an editor creates the monthly TV column for 2020 from plan task 05', async () => {
    const { page } = app;
    await s.open('month', '2020-01');
    await page.getByRole('button', { name: '+ Thêm mục' }).click();
    const d = s.dialog();
    await d.getByLabel('Tiêu đề').fill('Chuyên mục Cải cách hành chính');
    await d.getByLabel('Loại').selectOption('segment');
    await d.getByLabel('Kênh').selectOption('tv');
    const task = d.getByLabel('Nhiệm vụ trong kế hoạch');
    const value = await task.locator('option', { hasText: /^05\. / }).getAttribute('value');
    await task.selectOption(value!);
    await d.getByLabel('Lặp lại').selectOption('monthlyDay');
    await d.getByLabel('Từ ngày').fill('15/01/2020');
    await d.getByLabel('Đến ngày').fill('31/12/2020');
    await d.getByLabel('Giờ', { exact: true }).fill('19:45');
    await d.getByLabel('Thời lượng (phút)').fill('15');
    await d.getByLabel('Biên tập').fill('Nguyễn Văn An');
    await d.getByLabel('Sản xuất').fill('Trần Thị Bình');
    await d.getByRole('button', { name: 'Tạo các kỳ' }).click();
    await page.getByText('Đã tạo chuyên mục định kỳ với 12 kỳ.').waitFor();
    await s.chipOn('2020-01-15').waitFor();
    await expect.poll(() => s.chipOn('2020-01-15').textContent(), { timeout: 10_000 }).toContain('Chuyên mục Cải cách hành chính');
    // Holidays are on the calendar: Tết 2020.
    await expect.poll(() => s.day('2020-01-25').locator('.holiday-name').textContent(), { timeout: 10_000 }).toContain('Tết Nguyên Đán');
    // Above the month, the plan's tasks of the month: task 05 asks for one episode, one is scheduled, none done yet.
    const task05 = app.page.getByTestId('task-strip').locator('[data-task="05"]');
    await expect.poll(() => task05.innerText(), { timeout: 10_000 }).toMatch(/05.*0\/1 đã thực hiện · 1 đã lên lịch/s);
    await app.screenshot('schedule-month-2020-01');

    const list = JSON.parse(app.cli(['--json', 'item', 'list', '--from', '2020-01-01', '--to', '2020-12-31']).stdout) as Array<{
      plannedDate: string;
      taskCodes: string[];
    }>;
    expect(list).toHaveLength(12);
    expect(list.every((i) => i.taskCodes[0] === '05')).toBe(true);
  });

  it('moves one episode by drag and postpones another', async () => {
    const { page } = app;
    await s.open('month', '2020-03');
    await s.chipOn('2020-03-15').dragTo(s.day('2020-03-18'));
    await s.chipOn('2020-03-18').waitFor();
    await expect.poll(() => s.chipOn('2020-03-15').count(), { timeout: 10_000 }).toBe(0);

    await s.open('month', '2020-04');
    await s.select('2020-04-15');
    await s.panel().getByRole('button', { name: 'Hoãn…' }).click();
    await s.dialog().getByLabel('Ngày mới').fill('2020-04-22');
    await s.dialog().getByLabel('Lý do (không bắt buộc)').fill('Chờ phỏng vấn lãnh đạo Sở Nội vụ');
    await s.dialog().getByRole('button', { name: 'Hoãn mục' }).click();
    await s.chipOn('2020-04-22').waitFor();
    await expect.poll(() => s.panel().getByTestId('panel-status').textContent()).toBe('Đã hoãn');
    await page.keyboard.press('Escape');
  });

  it('edits "this and following" episodes of the series', async () => {
    const { page } = app;
    await s.open('month', '2020-06');
    await s.select('2020-06-15');
    await s.panel().getByRole('button', { name: 'Sửa…' }).click();
    await s.dialog().getByLabel('Sản xuất').fill('Phạm Văn Dũng');
    await s.dialog().getByLabel('Kỳ này và các kỳ sau').check();
    await app.screenshot('schedule-edit-series');
    await s.dialog().getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã cập nhật 7 kỳ.').waitFor();
    await s.open('agenda', '2020-06');
    await page.getByLabel('Người phụ trách').fill('pham van dung');
    await page.getByTestId('agenda-count').filter({ hasText: '7 mục' }).waitFor();
    await page.getByLabel('Người phụ trách').fill('');
  });

  it('a producer marks an episode done with slot, duration and an evidence file; board, calendar and history show it', async () => {
    const { page } = app;
    const evidence = path.join(app.dir, 'anh-chup-phat-song.png');
    fs.writeFileSync(evidence, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    // The producer signs in on this machine (same database), and finds the episode under "Việc của tôi".
    const init = app.cli(['init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Trần Thị Bình', '--role', 'producer']);
    expect(init.code, init.stderr).toBe(0);
    await page.reload();
    await page.locator('.topbar .user', { hasText: 'Trần Thị Bình' }).waitFor();
    await s.open('mine', '2020-05');
    const row = page.locator('.mine-item', { hasText: '15/05/2020' });
    await row.waitFor();
    await app.screenshot('schedule-mine');
    await row.getByRole('button', { name: 'Đánh dấu đã phát sóng' }).click();
    const d = s.dialog();
    await d.getByLabel('Ngày phát sóng').fill('2020-05-15');
    await d.getByLabel('Giờ', { exact: true }).fill('19:50');
    await d.getByLabel('Thời lượng (phút)').fill('14');
    await d.getByLabel('Chương trình / khung giờ phát sóng').fill('Sau chương trình Thời sự tối');
    await d.getByLabel(/Tệp minh chứng/).setInputFiles(evidence);
    await d.getByRole('button', { name: 'Đánh dấu đã phát sóng' }).click();
    await page.getByText('Đã ghi nhận: đã phát sóng.').waitFor();
    await s.open('month', '2020-05');
    await s.select('2020-05-15');
    await s.panel().getByTestId('done-record').waitFor();
    const record = await s.panel().getByTestId('done-record').textContent();
    expect(record).toContain('15/05/2020 19:50 · 14 phút');
    expect(record).toContain('Sau chương trình Thời sự tối');
    expect(record).toContain('anh-chup-phat-song.png');
    expect(record).toContain('Trần Thị Bình');
    // The file's hash reads as a short check code in groups; the whole SHA-256 is on hover, not 64 characters on screen.
    const sha = crypto.createHash('sha256').update(fs.readFileSync(evidence)).digest('hex');
    expect(record).toContain(`Mã kiểm tra tệp: ${sha.slice(0, 24).match(/.{4}/g)!.join(' ')}…`);
    expect(record).not.toContain(sha);
    expect(await s.panel().getByTestId('done-record').locator(`[title="SHA-256: ${sha}"]`).count()).toBe(1);
    // The evidence is downloaded by its hash (the token in a header, no cookie): the same bytes come back.
    const downloading = page.waitForEvent('download');
    await s.panel().getByTestId('done-record').getByRole('button', { name: 'anh-chup-phat-song.png' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('anh-chup-phat-song.png');
    expect(fs.readFileSync((await download.path())!).equals(fs.readFileSync(evidence))).toBe(true);
    await expect.poll(() => s.chipOn('2020-05-15').textContent(), { timeout: 10_000 }).toContain('Đã phát sóng');
    const historyText = () => s.panel().getByTestId('history').textContent();
    await expect.poll(historyText).toContain('Trạng thái: Đã lên lịch → Đã phát sóng');
    const history = await historyText();
    expect(history).toContain('Khung giờ/chương trình: — → Sau chương trình Thời sự tối');
    expect(history).toContain('Trần Thị Bình');
    await app.screenshot('schedule-month-done-panel');

    await s.open('board', '2020-05');
    const doneCol = page.locator('.col[data-status="done"]');
    await doneCol.locator('.card', { hasText: 'Chuyên mục Cải cách hành chính' }).waitFor();
    await app.screenshot('schedule-board');
  });

  it('an illegal transition is refused with its message', async () => {
    const { page } = app;
    await s.open('board', '2020-05');
    await page.locator('.col[data-status="done"] .card').first().dragTo(page.locator('.col[data-status="in_production"]'));
    await page.getByRole('alert').filter({ hasText: 'Không thể chuyển từ "Đã phát sóng" sang "Đang sản xuất"' }).waitFor();
    await expect.poll(() => page.locator('.col[data-status="done"] .card').count(), { timeout: 10_000 }).toBe(1);
  });

  it('agenda finds episodes without accents; a reload shows everything persisted', async () => {
    const { page } = app;
    await s.open('agenda', '2020-05');
    await page.locator('#schedule-search').fill('cai cach hanh chinh');
    await page.getByTestId('agenda-count').filter({ hasText: '12 mục' }).waitFor();
    await app.screenshot('schedule-agenda');

    await page.reload();
    await s.open('month', '2020-03');
    await s.chipOn('2020-03-18').waitFor();
    await s.open('month', '2020-05');
    await expect.poll(() => s.chipOn('2020-05-15').textContent(), { timeout: 10_000 }).toContain('Đã phát sóng');
    await s.open('month', '2020-03');
    await s.select('2020-03-18');
    await expect.poll(() => s.panel().getByTestId('history').textContent()).toContain('Ngày dự kiến: 15/03/2020 → 18/03/2020');
    const cli = JSON.parse(app.cli(['--json', 'item', 'list', '--month', '2020-04']).stdout) as Array<{ plannedDate: string; status: string }>;
    expect(cli).toEqual([expect.objectContaining({ plannedDate: '2020-04-22', status: 'postponed' })]);
  });
});
