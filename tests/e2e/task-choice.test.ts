import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, samplePlan, startApp, type AppHandle } from './fixtures';
import { SchedulePage } from './schedule-helpers';

const TASK_REQUIRED = 'Hãy chọn nhiệm vụ của kế hoạch, hoặc chọn «Không gắn nhiệm vụ» nếu mục này không thuộc kế hoạch.';

type Item = { id: string; title: string; taskIds: string[]; plannedDate: string };

/**
 * Issue 18, point 4: a new item never leaves the plan by a slip. The add form starts on "— Chọn nhiệm vụ —", which is
 * no choice; "Không gắn nhiệm vụ" is a deliberate one; started from a plan task (Theo dõi's cell, Lịch's task strip,
 * Kế hoạch's task table) the form comes linked to it. At 1366×768.
 */
describe('the add form asks for the plan task', () => {
  let app: AppHandle;
  let s: SchedulePage;
  let planId = '';
  let task05 = '';
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true } });
    s = new SchedulePage(app.page);
    await app.page.locator('.topbar .org').waitFor();
    const sample = await samplePlan(app);
    planId = sample.planId;
    task05 = sample.taskIds.get('05')!;
  });
  afterAll(async () => {
    await app?.close();
  });

  const items = (month: string) => api<Item[]>(app, 'items:list', { filter: { from: `${month}-01`, to: `${month}-28` } });
  const taskBox = () => s.dialog().getByLabel('Nhiệm vụ trong kế hoạch');
  const checked = async () => (await taskBox().locator('option:checked').textContent()) ?? '';

  it('saving without a choice shows the message beside the field and creates nothing; a chosen task is counted in Theo dõi', async () => {
    const { page } = app;
    await s.open('month', '2020-06');
    await page.getByRole('button', { name: '+ Thêm mục', exact: true }).click();
    const d = s.dialog();
    await expect.poll(() => taskBox().locator('option').count()).toBeGreaterThan(2);
    expect(await checked()).toBe('— Chọn nhiệm vụ —');
    await d.getByLabel('Tiêu đề').fill('Chuyên mục CCHC tháng 6');
    await d.getByLabel('Ngày', { exact: true }).fill('10/06/2020');
    await d.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => d.locator('#task-error').textContent()).toBe(TASK_REQUIRED);
    // Beside the field: tied to it for a screen reader, right under it on screen, and the field has the focus.
    expect(await taskBox().getAttribute('aria-describedby')).toBe('task-error');
    expect(await taskBox().getAttribute('aria-invalid')).toBe('true');
    const box = (await taskBox().boundingBox())!;
    const message = (await d.locator('#task-error').boundingBox())!;
    expect(message.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
    expect(message.y - (box.y + box.height)).toBeLessThan(24);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('task');
    await app.screenshot('task-choice-required');
    expect(await items('2020-06')).toEqual([]);

    const option = await taskBox()
      .locator('option', { hasText: /^05\. / })
      .getAttribute('value');
    expect(option).toBe(task05);
    await taskBox().selectOption(option!);
    await d.getByRole('button', { name: 'Thêm', exact: true }).click();
    await d.waitFor({ state: 'detached' });
    const saved = await items('2020-06');
    expect(saved).toEqual([expect.objectContaining({ title: 'Chuyên mục CCHC tháng 6', plannedDate: '2020-06-10', taskIds: [task05] })]);
    // Theo dõi counts it: task 05's June cell holds the item (the core's numbers and the cell's list on screen). As of
    // today: Theo dõi reads the items as they stood on its as-of day, and this one was made today.
    const view = await api<{ matrix: { rows: Array<{ code: string; cells: Array<{ from: string; planned: number; itemIds: string[] }> }> } }>(
      app,
      'compliance:view',
      {
        planId,
        period: '2020',
        granularity: 'month',
      },
    );
    const june = view.matrix.rows.find((r) => r.code === '05')!.cells.find((c) => c.from.startsWith('2020-06'))!;
    expect(june.itemIds).toEqual([saved[0]!.id]);
    expect(june.planned).toBe(1);
    await page.evaluate(() => (window.location.hash = '#/compliance?period=2020&g=month&tab=matrix'));
    await page.locator('[data-cell="05:5"]').click();
    await page.getByTestId('cell-panel').getByRole('link', { name: 'Chuyên mục CCHC tháng 6' }).waitFor();
  });

  it("from a Theo dõi cell the form comes linked to the cell's task", async () => {
    const { page } = app;
    // Still on the June cell of task 05 from the test above.
    await page.getByTestId('cell-panel').getByRole('link', { name: 'Lên lịch cho nhiệm vụ này' }).click();
    await page.getByTestId('month-title').filter({ hasText: 'Tháng 6/2020' }).waitFor();
    await page.getByTestId('linked-task-hint').waitFor();
    await page.getByRole('button', { name: 'Thêm mục ngày 17/06/2020' }).click();
    await expect.poll(checked, { timeout: 10_000 }).toMatch(/^05\. /);
    await app.screenshot('task-choice-from-cell');
    await s.dialog().getByLabel('Tiêu đề').fill('Chuyên mục CCHC bổ sung tháng 6');
    await s.dialog().getByRole('button', { name: 'Thêm', exact: true }).click();
    await s.dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await items('2020-06')).find((i) => i.plannedDate === '2020-06-17')?.taskIds).toEqual([task05]);
  });

  it('from the task strip on Lịch, the form comes linked to that task', async () => {
    const { page } = app;
    await s.open('month', '2020-07');
    await page.getByTestId('task-strip').getByRole('button', { name: 'Thêm mục cho nhiệm vụ 05' }).click();
    await expect.poll(checked, { timeout: 10_000 }).toMatch(/^05\. /);
    await page.keyboard.press('Escape');
    await s.dialog().waitFor({ state: 'detached' });
  });

  it('from a task in Kế hoạch, "Lên lịch" opens the form on Lịch, linked to that task', async () => {
    const { page } = app;
    await page.evaluate((id) => (window.location.hash = `#/plans/${encodeURIComponent(id)}`), planId);
    await page.getByRole('button', { name: 'Lên lịch cho nhiệm vụ 05' }).click();
    await s.dialog().waitFor();
    await expect.poll(checked, { timeout: 10_000 }).toMatch(/^05\. /);
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/schedule\/month\?m=2020-01&task=/);
    await app.screenshot('task-choice-from-plan');
    await page.keyboard.press('Escape');
    await s.dialog().waitFor({ state: 'detached' });
  });

  it('"Không gắn nhiệm vụ" is a deliberate choice: the item is saved without a task', async () => {
    const { page } = app;
    await s.open('month', '2020-08');
    await page.getByRole('button', { name: '+ Thêm mục', exact: true }).click();
    await s.dialog().getByLabel('Tiêu đề').fill('Tin hoạt động của Đài');
    await s.dialog().getByLabel('Ngày', { exact: true }).fill('05/08/2020');
    await taskBox().selectOption({ label: 'Không gắn nhiệm vụ (mục ngoài kế hoạch)' });
    await s.dialog().getByRole('button', { name: 'Thêm', exact: true }).click();
    await s.dialog().waitFor({ state: 'detached' });
    expect(await items('2020-08')).toEqual([expect.objectContaining({ title: 'Tin hoạt động của Đài', taskIds: [] })]);
  });

  it('the regular-column (series) form asks the same way', async () => {
    const { page } = app;
    await s.open('month', '2020-09');
    await page.getByRole('button', { name: '+ Thêm mục', exact: true }).click();
    const d = s.dialog();
    await d.getByLabel('Tiêu đề').fill('Chuyên mục CCHC hằng tháng');
    await d.getByLabel('Ngày', { exact: true }).fill('15/09/2020');
    await d.getByLabel('Lặp lại').selectOption('monthlyDay');
    await d.getByRole('button', { name: 'Tạo các kỳ' }).click();
    await expect.poll(() => d.locator('#task-error').textContent()).toBe(TASK_REQUIRED);
    expect(await items('2020-09')).toEqual([]);
    await page.keyboard.press('Escape');
    await d.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await d.waitFor({ state: 'detached' });
  });
});
