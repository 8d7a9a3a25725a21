import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendixDocx } from '../fixtures/plans/render-appendix';
import { startApp, type AppHandle } from './fixtures';

describe('importing a real-shaped appendix (sections, merged cells, 2026–2030) in Chromium', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Báo Bắc Ninh', user: 'Lê Văn Cường', role: 'editor' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the preview says how the table was read, a flagged timeframe gets a cadence in one click, the plan shows its sections', async () => {
    const { page } = app;
    await page.locator('.sidebar').getByRole('link', { name: 'Kế hoạch' }).click();
    const file = path.join(app.dir, 'ke-hoach-45.docx');
    fs.writeFileSync(file, await appendixDocx());
    await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp' }).first().click();
    await page.locator('input[type="file"]').setInputFiles(file);
    const preview = page.getByLabel('Xem trước');
    await preview.waitFor();
    await expect.poll(() => page.locator('.import-summary').textContent(), { timeout: 10_000 }).toContain('11nhiệm vụ thêm mới');
    await expect.poll(() => preview.locator('dl.facts').textContent(), { timeout: 10_000 }).toContain('2026–2030');
    const layout = page.getByLabel('Cách đọc bảng');
    await expect.poll(() => layout.textContent(), { timeout: 10_000 }).toContain('Cột giữ nguyên trong tệp, không đọc: «Nguồn kinh phí»');
    expect(await layout.textContent()).toContain('hàng đánh số cột «(1) | (2)');
    expect(await layout.textContent()).toContain('hàng tiêu đề lặp lại');
    expect(await layout.locator('.import-sections').textContent()).toContain('1.1 Thương mại: 2');
    expect(await layout.textContent()).toContain('«Mỗi tháng 01 kỳ» (Thời gian thực hiện) ghi ở dòng 9, áp cho dòng 10');
    const flagged = page.locator('.import-flagged');
    await expect.poll(() => flagged.locator('tr').count(), { timeout: 10_000 }).toBe(2);
    await flagged.locator('tr[data-code="B.III.1.1.2"]').getByRole('button', { name: 'Hằng năm' }).click();
    await app.screenshot('plans-import-appendix-preview');
    expect(JSON.parse(app.cli(['--json', 'plan', 'list']).stdout)).toEqual([]);

    await page.getByRole('button', { name: 'Nhập kế hoạch', exact: true }).click();
    await page.getByRole('heading', { name: /45\/KH-UBND/ }).waitFor();
    const tasks = page.locator('table[aria-label="Nhiệm vụ"]');
    await expect.poll(() => tasks.locator('tr.section-row').count(), { timeout: 10_000 }).toBe(6);
    await expect.poll(() => tasks.locator('tr[data-code="B.III.1.1.2"] .cadence-words').textContent(), { timeout: 10_000 }).toBe('1 kỳ mỗi năm, năm 2026–2030');
    await app.screenshot('plans-appendix-plan-page');
    const shown = JSON.parse(app.cli(['--json', 'plan', 'show', '45/KH-UBND']).stdout) as { tasks: Array<{ code: string; cadence: { kind: string } }> };
    expect(shown.tasks.map((t) => t.code)).toContain('B.III.2.1');
    expect(shown.tasks.find((t) => t.code === 'B.III.2.1')!.cadence.kind).toBe('unknown');
  });

  it('the cadence editor of a task of the 2026–2030 plan works over every year of it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sửa nhịp B.II.1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await app.screenshot('plans-appendix-cadence-editor');
    expect(await dialog.getByLabel('Những tháng được chọn').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Tháng 6').isChecked()).toBe(true);
    await dialog.getByLabel('Tháng 12').check();
    await expect
      .poll(() => dialog.getByRole('status', { name: 'Nhịp mới' }).textContent(), { timeout: 10_000 })
      .toBe('Nhịp mới: 1 lần trong tháng 6; 1 lần trong tháng 12, năm 2026–2030');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const shown = JSON.parse(app.cli(['--json', 'plan', 'show', '45/KH-UBND']).stdout) as {
      tasks: Array<{ code: string; cadence: { windows: Array<{ from: string }> } }>;
    };
    expect(shown.tasks.find((t) => t.code === 'B.II.1')!.cadence.windows.map((w) => w.from)).toEqual(
      [2026, 2027, 2028, 2029, 2030].flatMap((y) => [`${y}-06-01`, `${y}-12-01`]),
    );
  });
});
