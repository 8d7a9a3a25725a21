import fs from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliJson, startApp, type AppHandle } from './fixtures';
import { SchedulePage } from './schedule-helpers';
import { dialogsScrollingSideways } from './office-screens';

const STATION = 'Đài Phát thanh và Truyền hình tỉnh';

/** An editor's first week at 1366×768: mistakes are worded beside the field, fixed in one dialog, found from anywhere. */
describe('the office work flows', () => {
  let app: AppHandle;
  let s: SchedulePage;
  beforeAll(async () => {
    app = await startApp({ setup: { org: STATION, user: 'Nguyễn Văn An', withSample: true } });
    s = new SchedulePage(app.page);
    await app.page.locator('.topbar .org').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  const addButton = () => app.page.getByRole('button', { name: '+ Thêm mục', exact: true });

  it('an empty title, a date the calendar lacks and a too-long title are worded beside their field; nothing is saved', async () => {
    const { page } = app;
    await s.open('month', '2020-05');
    await addButton().click();
    const d = s.dialog();
    await d.getByLabel('Ngày', { exact: true }).fill('31/02/2020');
    await d.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => d.locator('#title-error').textContent()).toBe('Tiêu đề không được để trống.');
    expect(await d.locator('#date-error').textContent()).toBe('Ngày 31/02/2020 không có trong lịch.');
    // The message is linked to its field (a screen reader reads it with the field).
    expect(await d.getByLabel('Tiêu đề').getAttribute('aria-describedby')).toBe('title-error');
    // A US-style date never becomes year 0020.
    await d.getByLabel('Ngày', { exact: true }).fill('05/15/20');
    await d.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => d.locator('#date-error').textContent()).toMatch(/năm phải có đủ 4 chữ số/);
    // The box holds at most the core's limit; past it (pasted by a script), the core's refusal lands beside the field.
    await d.getByLabel('Tiêu đề').fill('Đ'.repeat(3660));
    expect((await d.getByLabel('Tiêu đề').inputValue()).length).toBe(300);
    await d.getByLabel('Tiêu đề').evaluate((el: HTMLInputElement) => {
      el.removeAttribute('maxlength');
    });
    await d.getByLabel('Tiêu đề').fill('Đ'.repeat(3660));
    await d.getByLabel('Ngày', { exact: true }).fill('15/05/2020');
    await d.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => d.locator('#title-error').textContent()).toBe('Tiêu đề quá dài (tối đa 300 ký tự).');
    await app.screenshot('office-field-errors');
    expect(cliJson<unknown[]>(app.cli(['--json', 'item', 'list', '--month', '2020-05']))).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('Esc on a half-filled form asks first, and focus goes back to what opened the dialog', async () => {
    const { page } = app;
    const d = s.dialog();
    // Still asking from the test above: keep editing, then discard.
    await d.getByRole('button', { name: 'Tiếp tục nhập' }).click();
    await d.getByLabel('Tiêu đề').waitFor();
    await page.keyboard.press('Escape');
    await d.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await d.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('+ Thêm mục');
    // Untouched, Esc just closes.
    await addButton().click();
    await d.getByLabel('Tiêu đề').waitFor();
    await page.keyboard.press('Escape');
    await d.waitFor({ state: 'detached' });
  });

  it('an item saved without a plan task is marked and counted; linking it in the edit dialog moves it into Theo dõi', async () => {
    const { page } = app;
    await s.open('month', '2020-05');
    await addButton().click();
    const d = s.dialog();
    await d.getByLabel('Tiêu đề').fill('Tọa đàm cải cách thủ tục hành chính tháng 5');
    await d.getByLabel('Ngày', { exact: true }).fill('20/05/2020');
    // Not linking it is a choice the person makes (the form starts on "— Chọn nhiệm vụ —", which is none).
    await d.getByLabel('Nhiệm vụ trong kế hoạch').selectOption({ label: 'Không gắn nhiệm vụ (mục ngoài kế hoạch)' });
    await d.getByRole('button', { name: 'Thêm', exact: true }).click();
    await d.waitFor({ state: 'detached' });
    // After creating, the calendar shows the new item selected.
    await s.panel().getByTestId('unlinked-mark').waitFor();
    const strip = page.locator('[data-task="05"]');
    await expect.poll(() => strip.textContent()).toContain('0 đã lên lịch');

    await page.evaluate(() => (window.location.hash = '#/compliance'));
    await expect.poll(() => page.getByTestId('unlinked-count').textContent()).toContain('1 mục trong năm 2020 chưa gắn nhiệm vụ');
    await app.screenshot('office-unlinked-count');
    // "Xem danh sách" lists exactly those items, marked, with the filter shown (and clearable) in the filter bar.
    await page.getByTestId('unlinked-count').getByRole('link', { name: 'Xem danh sách' }).click();
    await page.getByTestId('agenda-count').filter({ hasText: '1 mục' }).waitFor();
    expect(await page.locator('.agenda-row .unlinked-mark').allTextContents()).toEqual([' · ⚠ chưa gắn nhiệm vụ']);
    expect(
      await page
        .locator('.filters label', { hasText: /^Nhiệm vụ/ })
        .locator('select option:checked')
        .textContent(),
    ).toBe('— Chưa gắn nhiệm vụ —');
    await app.screenshot('office-unlinked-list');

    await s.open('month', '2020-05');
    await s.select('2020-05-20');
    await s.panel().getByRole('button', { name: 'Sửa' }).click();
    const task = d.getByLabel('Nhiệm vụ trong kế hoạch');
    const option = await task.locator('option', { hasText: /^05\. / }).getAttribute('value');
    await task.selectOption(option!);
    await d.getByLabel('Ngày dự kiến').fill('21/05/2020');
    // The kind chosen at creation is changed in the same dialog, in the same call.
    expect(await d.locator('select[name=kind]').inputValue()).toBe('segment');
    await d.locator('select[name=kind]').selectOption('report');
    await d.getByRole('button', { name: 'Lưu' }).click();
    await d.waitFor({ state: 'detached' });
    await expect.poll(() => strip.textContent()).toContain('1 đã lên lịch');
    await s.chipOn('2020-05-21').first().waitFor();

    await page.evaluate(() => (window.location.hash = '#/compliance'));
    await page.getByRole('heading', { name: 'Theo dõi thực hiện kế hoạch' }).waitFor();
    await expect.poll(() => page.getByTestId('unlinked-count').count()).toBe(0);
    // One edit, one transaction: the link and the date travel in the same change group.
    const txs = app.cli(['--json', 'item', 'list', '--month', '2020-05']);
    expect(cliJson<Array<{ plannedDate: string; taskCodes: string[]; kind: string }>>(txs)).toEqual([
      expect.objectContaining({ plannedDate: '2020-05-21', taskCodes: ['05'], kind: 'report' }),
    ]);
  });

  it('jumps from 12/2026 to 01/2020 in one action, and back with Hôm nay', async () => {
    const { page } = app;
    await s.open('month', '2026-12');
    await page.getByLabel('Đến tháng').fill('01/2020');
    await page.getByLabel('Đến tháng').press('Enter');
    await page.getByTestId('month-title').filter({ hasText: 'Tháng 1/2020' }).waitFor();
    await page.getByRole('button', { name: 'Hôm nay' }).click();
    await page.getByTestId('month-title').filter({ hasNotText: 'Tháng 1/2020' }).waitFor();
  });

  it('the top bar search from 12/2026 finds a 2020 item; the year is a filter one can put back and clear', async () => {
    const { page } = app;
    await s.open('month', '2026-12');
    await page.getByRole('searchbox', { name: 'Tìm kiếm (Ctrl+K)' }).fill('toa dam cai cach');
    await page.getByRole('searchbox', { name: 'Tìm kiếm (Ctrl+K)' }).press('Enter');
    await page.getByTestId('agenda-count').filter({ hasText: '1 mục' }).waitFor();
    expect(await page.getByTestId('agenda-scope').textContent()).toBe('trong mọi ngày');
    await page.getByRole('button', { name: 'Chỉ năm 2026' }).click();
    await page.getByTestId('agenda-count').filter({ hasText: '0 mục' }).waitFor();
    await page.getByRole('button', { name: /Bỏ lọc theo năm 2026/ }).click();
    await page.getByTestId('agenda-count').filter({ hasText: '1 mục' }).waitFor();
    // Dates in the filter bar are typed day first, whatever the browser's locale.
    await page.getByLabel('Từ ngày').fill('22/05/2020');
    await page.getByTestId('agenda-count').filter({ hasText: '0 mục' }).waitFor();
    await page.getByLabel('Từ ngày').fill('');
    await page.getByTestId('agenda-count').filter({ hasText: '1 mục' }).waitFor();
    await app.screenshot('office-search-all-dates');
  });

  it("one edit refreshes each query on screen once, not once per path (command success and the core's push)", async () => {
    const { page } = app;
    await s.open('month', '2020-05');
    await s.select('2020-05-21');
    await s.panel().getByRole('button', { name: 'Sửa' }).click();
    const d = s.dialog();
    await d.getByLabel('Tiêu đề').fill('Tọa đàm cải cách thủ tục hành chính tháng 5 (sửa)');
    const fetched: string[] = [];
    const onRequest = (r: import('playwright-core').Request) => {
      if (r.url().includes('/api/') && !r.url().includes('items:update')) fetched.push(`${r.url().split('/api/')[1]} ${r.postData() ?? ''}`);
    };
    page.on('request', onRequest);
    await d.getByRole('button', { name: 'Lưu' }).click();
    await d.waitFor({ state: 'detached' });
    await page.waitForTimeout(1500);
    page.off('request', onRequest);
    const twice = fetched.filter((f, i) => fetched.indexOf(f) !== i);
    expect(fetched.length).toBeGreaterThan(0);
    expect(twice).toEqual([]);
    // Back to the title the later tests expect.
    await s.panel().getByRole('button', { name: 'Sửa' }).click();
    await d.getByLabel('Tiêu đề').fill('Tọa đàm cải cách thủ tục hành chính tháng 5');
    await d.getByRole('button', { name: 'Lưu' }).click();
    await d.waitFor({ state: 'detached' });
    await expect
      .poll(() => cliJson<Array<{ title: string }>>(app.cli(['--json', 'item', 'list', '--month', '2020-05']))[0]!.title)
      .toBe('Tọa đàm cải cách thủ tục hành chính tháng 5');
  });

  it('the sync folder is chosen in a folder browser (browser host), not typed', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/sync'));
    await page.getByRole('button', { name: 'Chọn thư mục…' }).click();
    const d = s.dialog();
    const home = fs.realpathSync(os.homedir());
    await expect.poll(() => d.getByTestId('folder-current').textContent()).toBe(home);
    const start = home;
    expect(await dialogsScrollingSideways(page)).toEqual([]);
    await d.getByRole('button', { name: 'Dùng thư mục này' }).click();
    await d.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Thư mục đồng bộ').inputValue()).toBe(start);
  });

  it('a viewer sees no way to change anything, and a direct call to the API is refused', async () => {
    const { page } = app;
    const r = app.cli(['init', '--org', STATION, '--user', 'Trần Thị Bình', '--role', 'viewer']);
    expect(r.code, r.stderr).toBe(0);
    await page.reload();
    await page.locator('.topbar .user', { hasText: 'Trần Thị Bình · Người xem' }).waitFor();
    await s.open('month', '2020-05');
    await s.select('2020-05-21');
    expect(await s.panel().getByRole('button').allTextContents()).toEqual(['✕']);
    expect(await addButton().count()).toBe(0);
    expect(
      await s
        .day('2020-05-21')
        .getByRole('button', { name: /Thêm mục ngày/ })
        .count(),
    ).toBe(0);
    await app.screenshot('office-viewer-panel');
    const id = cliJson<Array<{ id: string }>>(app.cli(['--json', 'item', 'list', '--month', '2020-05']))[0]!.id;
    const refused = await page.evaluate(async (itemId) => {
      const res = await fetch('/api/items:update', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-LTT-Token': sessionStorage.getItem('ltt.token') ?? '' },
        body: JSON.stringify({ id: itemId, patch: { title: 'Sửa lén' } }),
      });
      return (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
    }, id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('vai trò người xem') } });
    expect(cliJson<Array<{ title: string }>>(app.cli(['--json', 'item', 'list', '--month', '2020-05']))[0]!.title).toBe(
      'Tọa đàm cải cách thủ tục hành chính tháng 5',
    );
  });
});
