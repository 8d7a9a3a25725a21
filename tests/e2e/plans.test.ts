import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx } from '../core/plans/plan-259-files';
import { startApp, type AppHandle } from './fixtures';

describe('plans in Chromium through the browser host', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', role: 'editor' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  const row = (code: string) => app.page.locator(`table[aria-label="Nhiệm vụ"] tr[data-code="${code}"]`);

  it('imports a plan from a Word file through the UI with its preview', async () => {
    const { page } = app;
    await page.locator('.sidebar').getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByText('Chưa có kế hoạch nào.').waitFor();
    await app.screenshot('plans-empty');

    const file = path.join(app.dir, 'ke-hoach-259.docx');
    fs.writeFileSync(file, await docx());
    await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp' }).first().click();
    await page.locator('input[type="file"]').setInputFiles(file);
    const preview = page.getByLabel('Xem trước');
    await preview.waitFor();
    await expect.poll(() => page.locator('.import-summary').textContent(), { timeout: 10_000 }).toContain('10nhiệm vụ thêm mới');
    await expect.poll(() => preview.locator('dl.facts').textContent(), { timeout: 10_000 }).toContain('259/KH-UBND');
    await expect.poll(() => row('03').locator('.cadence-words').textContent(), { timeout: 10_000 }).toBe('1 lần trong tháng 9–10/2020');
    // "Đài PTTH" in the plan is shown by the directory's full name.
    await expect.poll(() => row('03').locator('td').nth(5).textContent(), { timeout: 10_000 }).toContain('Đài Phát thanh và Truyền hình tỉnh');
    await app.screenshot('plans-import-preview');
    // Nothing is written before the confirmation.
    expect(JSON.parse(app.cli(['--json', 'plan', 'list']).stdout)).toEqual([]);

    await page.getByRole('button', { name: 'Nhập kế hoạch', exact: true }).click();
    await page.getByRole('heading', { name: 'Kế hoạch 259/KH-UBND (2020)', exact: true }).waitFor();
    await expect.poll(() => page.locator('table[aria-label="Nhiệm vụ"] tbody tr').count(), { timeout: 10_000 }).toBe(10);
    await expect.poll(() => row('05').locator('.cadence-words').textContent(), { timeout: 10_000 }).toBe('1 kỳ mỗi tháng');
    await app.screenshot('plans-plan-page');
    const listed = JSON.parse(app.cli(['--json', 'plan', 'list']).stdout) as Array<{ number: string; taskCount: number }>;
    expect(listed.map((p) => [p.number, p.taskCount])).toEqual([['259/KH-UBND', 10]]);
  });

  it('fixes one task’s cadence in the cadence editor', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sửa nhịp 03' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Những tháng được chọn').check();
    await dialog.getByLabel('Tháng 10').check();
    await dialog.getByLabel('Số lượng (kỳ, bài, lần…)').fill('2');
    await expect.poll(() => dialog.getByRole('status', { name: 'Nhịp mới' }).textContent(), { timeout: 10_000 }).toBe('Nhịp mới: 2 lần trong tháng 10/2020');
    await app.screenshot('plans-cadence-editor');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row('03').getByText('(đặt tay)').waitFor();
    await expect.poll(() => row('03').locator('.cadence-words').textContent(), { timeout: 10_000 }).toBe('2 lần trong tháng 10/2020');
    const shown = JSON.parse(app.cli(['--json', 'plan', 'show', '259/KH-UBND']).stdout) as { tasks: Array<{ code: string; cadence: unknown }> };
    expect(shown.tasks.find((t) => t.code === '03')!.cadence).toEqual({ kind: 'windows', windows: [{ from: '2020-10-01', to: '2020-10-31', count: 2 }] });
  });

  it('copies the plan to the next year', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sao chép sang năm khác' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Năm mới').inputValue()).toBe('2021');
    await dialog.getByRole('button', { name: 'Sao chép' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch (chưa có số) (2021)', exact: true }).waitFor();
    await expect.poll(() => row('02').locator('.cadence-words').textContent(), { timeout: 10_000 }).toBe('1 lần trong tháng 5/2021');
    await expect.poll(() => row('03').locator('.cadence-words').textContent(), { timeout: 10_000 }).toBe('2 lần trong tháng 10/2021');
    await expect.poll(() => row('10').locator('.cadence-words').textContent(), { timeout: 10_000 }).toBe('1 lần trong năm 2021');
    await expect.poll(() => row('02').locator('td').nth(5).textContent(), { timeout: 10_000 }).toBe('Tháng 5/2021');
    await app.screenshot('plans-copied-2021');
    const plans = JSON.parse(app.cli(['--json', 'plan', 'list']).stdout) as Array<{ year: number; number: string; taskCount: number }>;
    expect(plans.map((p) => [p.year, p.number, p.taskCount])).toEqual([
      [2021, '', 10],
      [2020, '259/KH-UBND', 10],
    ]);
  });

  it('lists both plans and shows the agency directory with the names the import added', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '← Danh sách kế hoạch' }).click();
    await page.getByRole('table', { name: 'Kế hoạch' }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Kế hoạch' }).locator('tbody tr').count(), { timeout: 10_000 }).toBe(2);
    await app.screenshot('plans-list');
    await page.getByRole('link', { name: 'Danh mục cơ quan' }).click();
    const table = page.getByRole('table', { name: 'Danh mục cơ quan' });
    await table.waitFor();
    const station = table.locator('tr', { hasText: 'Đài PTTH' });
    await expect.poll(() => station.locator('td').first().textContent(), { timeout: 10_000 }).toBe('Đài Phát thanh và Truyền hình tỉnh');
    await expect.poll(() => station.locator('td').nth(2).textContent(), { timeout: 10_000 }).toBe('6'); // 05 lead, 03 and 04 partner, in both plans
    // A name that belongs to another entry is refused, saying what to do.
    const paper = table.locator('tr', { hasText: 'Báo Hải Dương' });
    await paper.getByRole('button', { name: 'Đổi tên' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên cơ quan').fill('Đài PTTH');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/đã thuộc cơ quan «Đài Phát thanh và Truyền hình tỉnh».*Gộp/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    // Renaming keeps the old name as an alias; tasks show the new name.
    await station.getByRole('button', { name: 'Đổi tên' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên cơ quan').fill('Đài Phát thanh và Truyền hình Hải Dương');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const renamed = table.locator('tr', { hasText: 'Đài PTTH' });
    await expect.poll(() => renamed.locator('td').first().textContent(), { timeout: 10_000 }).toBe('Đài Phát thanh và Truyền hình Hải Dương');
    await expect.poll(() => renamed.locator('td').nth(1).textContent(), { timeout: 10_000 }).toContain('Đài Phát thanh và Truyền hình tỉnh');
    await app.screenshot('plans-agencies');
  });
});
