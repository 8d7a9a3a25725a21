import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';

describe('the UI shell in Chromium through the browser host', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('asks on first run which organisation and who, and refuses an empty form', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Chào mừng đến với Lịch Tuyên Truyền' }).waitFor();
    await app.screenshot('first-run');
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await expect(page.getByText('Vui lòng điền mục này.').first().isVisible()).resolves.toBe(true);

    await page.getByLabel('Cơ quan của máy này').fill('Đài Phát thanh và Truyền hình tỉnh');
    await page.getByLabel('Họ và tên của bạn').fill('Nguyễn Thị Hồng');
    await page.getByLabel('Phóng viên / sản xuất').check();
    await page.getByLabel('Chưa có kế hoạch — tôi sẽ nhập kế hoạch sau').check();
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await page.locator('.topbar .org', { hasText: 'Đài Phát thanh và Truyền hình tỉnh' }).waitFor();
    await expect.poll(() => page.locator('.topbar .user').textContent(), { timeout: 10_000 }).toContain('Nguyễn Thị Hồng');
  });

  it('the setup is in the database: the CLI sees it', () => {
    const r = app.cli(['--json', 'init']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).org).toBe('Đài Phát thanh và Truyền hình tỉnh');
  });

  it('navigates across all six areas', async () => {
    const { page } = app;
    const areas: Array<[string, string]> = [
      ['Kế hoạch', 'plans'],
      ['Lịch', 'schedule'],
      ['Theo dõi', 'compliance'],
      ['Báo cáo', 'reports'],
      ['Đồng bộ', 'sync'],
      ['Cài đặt', 'settings'],
    ];
    for (const [label, id] of areas) {
      await page.locator(`nav a[data-section="${id}"]`).click();
      await page.waitForFunction((s) => window.location.hash.startsWith(`#/${s}`), id);
      await expect.poll(() => page.locator(`nav a[data-section="${id}"]`).getAttribute('aria-current'), { timeout: 10_000 }).toBe('page');
      await expect.poll(() => page.locator(`nav a[data-section="${id}"]`).textContent(), { timeout: 10_000 }).toContain(label);
      await page.locator('main h1').first().waitFor();
      await app.screenshot(`area-${id}`);
    }
  });

  it('switches to English and back, and a reload keeps the choice (it is in the database)', async () => {
    const { page } = app;
    await page.locator('nav a[data-section="settings"]').click();
    // The language is its own section of Cài đặt (the tab is named in the language on screen).
    await page.locator('nav a[data-settings="language"]').click();
    await page.locator('select[name="language"]').selectOption('en');
    await page.locator('nav a[data-section="plans"]', { hasText: 'Plans' }).waitFor();
    await page.reload();
    await page.locator('nav a[data-section="plans"]', { hasText: 'Plans' }).waitFor();
    await expect.poll(() => page.locator('.topbar .org').textContent(), { timeout: 10_000 }).toBe('Đài Phát thanh và Truyền hình tỉnh');
    expect(app.cli(['--json', 'init']).code).toBe(0);

    await page.locator('nav a[data-section="settings"]').click();
    // The language is its own section of Cài đặt (the tab is named in the language on screen).
    await page.locator('nav a[data-settings="language"]').click();
    await page.locator('select[name="language"]').selectOption('vi');
    await page.locator('nav a[data-section="plans"]', { hasText: 'Kế hoạch' }).waitFor();
    await page.reload();
    await page.locator('nav a[data-section="plans"]', { hasText: 'Kế hoạch' }).waitFor();
    expect(page.url()).not.toContain('token=');
  });
});
