import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';

describe('backup panel under Cài đặt', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true } });
  });
  afterAll(async () => app?.close());

  it('backs up, lists the backup, checks the data, restores after a confirmation', async () => {
    const { page } = app;
    await page.locator('nav a[data-section="settings"]').click();
    await page.getByRole('navigation', { name: 'Các phần của Cài đặt' }).getByRole('link', { name: 'Sao lưu' }).click();
    const panel = page.getByTestId('backup-panel');
    await panel.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await panel.locator('table.backup-list tbody tr').first().waitFor();
    await expect.poll(() => panel.locator('table.backup-list tbody tr').first().textContent(), { timeout: 10_000 }).toContain('Thủ công');
    await panel.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await panel.getByText('Dữ liệu ổn: không phát hiện vấn đề nào.').waitFor();
    await app.screenshot('backup-panel');

    // a change after the backup, then restore the backup: the change is gone, the pre-restore backup listed
    expect(
      app.cli(['item', 'add', '--plan', '259/KH-UBND', '--task', '05', '--kind', 'segment', '--outlet', 'tv', '--date', '2026-11-26', '--title', 'Sau sao lưu'])
        .code,
    ).toBe(0);
    await panel.getByRole('button', { name: 'Khôi phục…' }).first().click();
    await panel.getByRole('alertdialog').waitFor();
    await app.screenshot('backup-confirm');
    await panel.getByRole('button', { name: 'Khôi phục bản này' }).click();
    await panel.getByText('Trước khi khôi phục').first().waitFor();
    const items = JSON.parse(app.cli(['--json', 'item', 'list']).stdout) as Array<{ title: string }>;
    expect(items.map((i) => i.title)).not.toContain('Sau sao lưu');
  });
});
