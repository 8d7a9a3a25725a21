import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi as api, cliJson, startApp, type AppHandle } from './fixtures';

const STATION = 'Đài Phát thanh và Truyền hình tỉnh';

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/**
 * Issue 18, point 6 of "What to build": a viewer ("Người xem") reads only. On every screen that can change data
 * (Kế hoạch and its task table, the agency directory, the import page, Theo dõi's month closes, Báo cáo's report
 * settings, Cài đặt's holidays, topics, backups and users, Đồng bộ's conflicts) the viewer sees no control that would
 * write, and a sentence says why; a direct call to the API with the page's token is refused in Vietnamese.
 */
describe('a viewer reads only, on every screen', () => {
  let app: AppHandle;
  let planId = '';
  let month = '';
  const forbidden: string[] = [];
  beforeAll(async () => {
    app = await startApp({ setup: { org: STATION, user: 'Nguyễn Văn An', withSample: true } });
    await app.page.locator('.topbar .org').waitFor();
    // As the editor: something in each list a viewer must not change.
    expect((await api(app.page, 'topics:save', { add: ['Chính quyền số'], remove: [] })).ok).toBe(true);
    expect((await api(app.page, 'holidays:save', { add: [{ date: '2026-06-02', name: 'Ngày truyền thống ngành' }], remove: [] })).ok).toBe(true);
    expect((await api(app.page, 'backup:create', {})).ok).toBe(true);
    const today = await app.page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const mine = { kind: 'segment', outlet: 'tv', plannedDate: today, title: 'Chuyên mục của người xem', producer: 'le van xem' };
    expect((await api(app.page, 'items:create', mine)).ok).toBe(true);
    month = today.slice(0, 7);
    planId = cliJson<Array<{ id: string }>>(app.cli(['--json', 'plan', 'list']))[0]!.id;
    const r = app.cli(['init', '--org', STATION, '--user', 'Lê Văn Xem', '--role', 'viewer']);
    expect(r.code, r.stderr).toBe(0);
    // Any call the screens make that the core refuses for the role is a control that should not have been there.
    app.page.on('response', (res) => {
      if (res.url().includes('/api/') && res.status() === 403) forbidden.push(res.url());
    });
    await app.page.reload();
    await app.page.locator('.topbar .user', { hasText: 'Lê Văn Xem · Người xem' }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  const buttons = (page: Page) => page.locator('main').getByRole('button').allTextContents();

  it('Kế hoạch: the list, the plan and its tasks, the directory and the import page offer nothing to change', async () => {
    const { page } = app;
    await go(page, '#/plans');
    await page
      .getByRole('link', { name: /259\/KH-UBND/ })
      .first()
      .waitFor();
    await page.getByTestId('role-note').waitFor();
    expect(await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp' }).count()).toBe(0);

    await go(page, `#/plans/${planId}`);
    await page.locator('tr[data-code]').first().waitFor();
    await page.getByTestId('role-note').waitFor();
    expect(await page.getByTestId('role-note').textContent()).toContain('với vai trò Người xem, bạn không thay đổi được phần này');
    // Reading and exporting stay; nothing that writes.
    expect(await buttons(page)).toEqual(['Xuất tệp kế hoạch']);
    for (const name of ['Sửa thông tin kế hoạch', 'Sao chép sang năm khác', 'Xóa kế hoạch', 'Phát hành kế hoạch']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await page.getByRole('button', { name: /^Sửa nhiệm vụ|^Sửa nhịp/ }).count()).toBe(0);
    // The note that asks to publish the sample plan is for those who can.
    expect(await page.locator('.plans-local').count()).toBe(0);
    await app.screenshot('viewer-plan');

    await go(page, '#/plans/agencies');
    await page.getByRole('heading', { name: 'Danh mục cơ quan' }).waitFor();
    await page.getByTestId('role-note').waitFor();
    expect(await buttons(page)).toEqual([]);

    await go(page, '#/plans/import');
    await page.getByTestId('role-note').waitFor();
    expect(await page.locator('main input[type=file]').count()).toBe(0);
  });

  it('Lịch: no add, edit, status or drag on the month, the board and "Việc của tôi"', async () => {
    const { page } = app;
    await go(page, `#/schedule/month?m=${month}`);
    const chip = page.locator('.chip', { hasText: 'Chuyên mục của người xem' });
    await chip.waitFor();
    expect(await page.getByRole('button', { name: '+ Thêm mục', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Thêm mục ngày/ }).count()).toBe(0);
    expect(await chip.getAttribute('draggable')).not.toBe('true');
    await chip.click();
    await page
      .getByTestId('item-panel')
      .getByRole('heading', { name: 'Chuyên mục của người xem' })
      .or(page.getByTestId('item-panel').getByText('Chuyên mục của người xem'))
      .first()
      .waitFor();
    expect(await page.getByTestId('item-panel').getByRole('button').allTextContents()).toEqual(['✕']);
    await go(page, `#/schedule/mine?m=${month}`);
    // Matched without accents or case: "le van xem" is Lê Văn Xem; a viewer reads it but cannot mark it done.
    await page.locator('.mine-item', { hasText: 'Chuyên mục của người xem' }).waitFor();
    expect(
      await page
        .locator('.mine-item')
        .getByRole('button', { name: /Đánh dấu/ })
        .count(),
    ).toBe(0);
    await go(page, `#/schedule/board?m=${month}`);
    await page.locator('.col .card', { hasText: 'Chuyên mục của người xem' }).waitFor();
    expect(await page.locator('.col .card[draggable="true"]').count()).toBe(0);
  });

  it('Theo dõi: no month can be closed or reopened', async () => {
    const { page } = app;
    await go(page, '#/compliance');
    await page.getByRole('heading', { name: 'Theo dõi thực hiện kế hoạch' }).waitFor();
    expect(await page.getByRole('button', { name: /^Chốt|Mở lại/ }).count()).toBe(0);
  });

  it('Báo cáo and Cài đặt: report settings are read-only; holidays, topics, backups and users cannot be changed', async () => {
    const { page } = app;
    // Cài đặt shows one section at a time, each reached directly by its tab.
    const section = async (id: string) => {
      await go(page, `#/settings/${id}`);
      await page.locator(`nav a[data-settings="${id}"][aria-current="page"]`).waitFor();
    };
    await section('holidays');
    const holidays = page.getByRole('region', { name: 'Ngày lễ' });
    await holidays.waitFor();
    await expect.poll(() => holidays.getByTestId('role-note').count()).toBe(1);
    await holidays.getByText('Ngày truyền thống ngành').waitFor();
    expect(await holidays.getByRole('button', { name: 'Bỏ' }).count()).toBe(0);
    expect(await holidays.getByRole('button', { name: 'Thêm ngày lễ' }).count()).toBe(0);
    await app.screenshot('viewer-settings-holidays');
    await section('topics');
    const topics = page.getByRole('region', { name: 'Chủ đề tuyên truyền' });
    await topics.getByText('Chính quyền số').waitFor();
    expect(await topics.getByRole('button').count()).toBe(0);
    expect(await topics.getByTestId('role-note').count()).toBe(1);
    await section('report');
    const settings = page.locator('form.rp-settings');
    await settings.getByTestId('role-note').waitFor();
    expect(await settings.getByRole('button', { name: 'Lưu thiết lập' }).count()).toBe(0);
    for (const box of await settings.locator('input, textarea').all()) expect(await box.isDisabled()).toBe(true);
    await app.screenshot('viewer-settings-report');
    await section('backup');
    // The backup made above is listed, without a way to put it back.
    await page.getByTestId('backup-panel').locator('table.backup-list tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: 'Khôi phục…' }).count()).toBe(0);
    await section('users');
    await page.getByRole('heading', { name: 'Người dùng trên máy này' }).waitFor();
    expect(await page.getByRole('form', { name: 'Thêm người dùng' }).count()).toBe(0);
    await app.screenshot('viewer-settings');
    // What is one's own stays: the language.
    await section('language');
    expect(await page.locator('select[name=language]').isDisabled()).toBe(false);

    await go(page, '#/reports');
    await page.locator('.rp-hint').filter({ hasText: 'không được lưu lại' }).waitFor();
    await page.locator('.rp-settings-card summary').click();
    expect(await page.locator('.rp-settings-card').getByRole('button', { name: 'Lưu thiết lập' }).count()).toBe(0);
  });

  it('Đồng bộ: only carrying files; no conflict can be decided', async () => {
    const { page } = app;
    await go(page, '#/sync');
    await page.getByRole('heading', { name: 'Đồng bộ', level: 1 }).waitFor();
    await go(page, '#/sync/conflicts');
    await page.getByText('Không có xung đột', { exact: false }).or(page.locator('.sync-conflict-card')).first().waitFor();
    expect(await page.getByRole('button', { name: /^Giữ|Khôi phục với bản sửa/ }).count()).toBe(0);
  });

  it('every write the screens hide is refused by the core when called directly, in Vietnamese', async () => {
    const { page } = app;
    // No screen visited above made a call the core refused.
    expect(forbidden).toEqual([]);
    const calls: Array<[string, unknown]> = [
      ['plans:update', { id: planId, patch: { title: 'Sửa lén' } }],
      ['plans:delete', { id: planId }],
      ['agencies:add', { name: 'Cơ quan lạ' }],
      ['topics:save', { add: [], remove: ['Chính quyền số'] }],
      ['holidays:save', { add: [{ date: '2026-06-03', name: 'Ngày lạ' }], remove: [] }],
      ['items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2026-06-01', title: 'Mục lạ' }],
      ['sync:resolve', { id: 1, pick: 'winner' }],
      ['users:add', { name: 'Người lạ', role: 'editor' }],
    ];
    for (const [channel, input] of calls) {
      const r = await api(page, channel, input);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('vai trò người xem') } });
    }
    // Nothing changed.
    expect(cliJson<Array<{ title: string }>>(app.cli(['--json', 'plan', 'list']))[0]!.title).not.toBe('Sửa lén');
    expect(forbidden).toHaveLength(calls.length);
  });
});
