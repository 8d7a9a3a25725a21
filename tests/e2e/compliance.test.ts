import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, samplePlan, startApp, type AppHandle } from './fixtures';

let taskIds = new Map<string, string>();

async function add(app: AppHandle, task: string, date: string, title: string, kind = 'segment', outlet = 'tv'): Promise<string> {
  const item = await api<{ id: string }>(app, 'items:create', { kind, outlet, plannedDate: date, title, taskIds: [taskIds.get(task)] });
  return item.id;
}

async function done(app: AppHandle, id: string, at: string): Promise<void> {
  await api(app, 'items:markDone', { id, at });
}

describe('Theo dõi: the matrix of the built-in plan in Chromium', () => {
  let app: AppHandle;
  let july: string;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true } });
    await app.page
      .locator('.topbar .org')
      .waitFor()
      .catch(async (e: unknown) => {
        await app.screenshot('compliance-start-failed');
        throw e;
      });
    taskIds = (await samplePlan(app)).taskIds;
    await done(app, await add(app, '05', '2020-01-20', 'Chuyên mục CCHC tháng 1'), '2020-01-20');
    await done(app, await add(app, '05', '2020-02-24', 'Chuyên mục CCHC tháng 2'), '2020-03-02');
    july = await add(app, '05', '2020-07-25', 'Chuyên mục CCHC tháng 7');
    await done(app, july, '2020-08-02');
    await done(app, await add(app, '02', '2020-05-20', 'Bài viết: ISO trong cơ quan hành chính', 'article', 'print'), '2020-05-20');
    await add(app, '03', '2020-10-15', 'Tọa đàm cải cách hành chính', 'talkshow', 'radio');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows tasks × months with labelled, coloured cells and a legend', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '/compliance?period=2020&asOf=2020-11-15&g=month&tab=matrix'));
    const matrix = page.getByTestId('compliance-matrix');
    await matrix.waitFor();
    await expect(page.getByRole('columnheader', { name: 'T12' }).isVisible()).resolves.toBe(true);
    const row05 = matrix.locator('tr[data-task="05"]');
    await expect(row05.locator('td').count()).resolves.toBe(12);
    // Jan met, Feb late, Jul late, Mar missing; each cell says so in words too.
    // The cell's name (what a screen reader says) starts with its visible numbers, then the details.
    const cell = (col: number) => row05.locator(`[data-cell="05:${col}"]`);
    await expect(cell(0).textContent()).resolves.toMatch(/tháng 1: Đạt/);
    await expect(cell(1).textContent()).resolves.toMatch(/tháng 2: Trễ hạn/);
    await expect(cell(2).textContent()).resolves.toMatch(/tháng 3: Chưa thực hiện/);
    await expect(cell(6).textContent()).resolves.toMatch(/tháng 7: Trễ hạn/);
    await expect(cell(11).textContent()).resolves.toMatch(/tháng 12: Chưa đến hạn, lên lịch chưa đủ/);
    await expect.poll(() => cell(0).innerText(), { timeout: 10_000 }).toMatch(/✓\s*1\/1/);
    // The talk show window (September–October) is one cell over two columns, planned but not done: missing.
    const talk = matrix.locator('tr[data-task="03"] td[colspan="2"]');
    await expect(talk.getAttribute('data-status')).resolves.toBe('missing');
    await expect(page.locator('.cm-legend li').count()).resolves.toBeGreaterThanOrEqual(8);
    await app.screenshot('compliance-matrix');
  });

  it('clicking a cell lists its items, with a way into the calendar', async () => {
    const { page } = app;
    await page.locator('[data-cell="05:6"]').click();
    const panel = page.getByTestId('cell-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByRole('heading').innerText(), { timeout: 10_000 }).toContain('Nhiệm vụ 05 — tháng 7');
    const link = panel.getByRole('link', { name: 'Chuyên mục CCHC tháng 7' });
    await link.waitFor();
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toMatch(/thực hiện 02\/08\/2020/);
    await expect(link.getAttribute('href')).resolves.toBe(`#/schedule/month?m=2020-07&item=${july}`);
    await app.screenshot('compliance-cell');
  });

  it('switches to quarters and to another as-of date', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Theo quý' }).click();
    await page.getByRole('columnheader', { name: 'Q3' }).waitFor();
    await app.screenshot('compliance-quarters');
    const asOf = page.getByLabel('Tính đến ngày');
    await asOf.fill('31/02/2020');
    await asOf.press('Enter');
    await page.getByText('Ngày không hợp lệ — gõ theo dạng ngày/tháng/năm').waitFor();
    await asOf.fill('15/02/2020');
    await asOf.press('Enter');
    await page.locator('.cm-period-label', { hasText: '15/02/2020' }).waitFor();
    // As of 15/02, February's late episode (done 02/03) does not count yet.
    await page.getByRole('radio', { name: 'Theo tháng' }).click();
    await page.getByRole('columnheader', { name: 'T2', exact: true }).waitFor();
    await expect(page.locator('[data-cell="05:1"]').textContent()).resolves.toMatch(/tháng 2: Chưa đến hạn/);
  });

  it('the dashboard shows progress, totals and a warning that leads to the right month in the calendar', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '/compliance?period=2020&asOf=2020-11-15&g=month&tab=dashboard'));
    const warning = page.getByTestId('warning').filter({ hasText: 'Nhiệm vụ 05: tháng 12 chưa có kỳ nào được lên lịch' });
    await warning.waitFor();
    await expect(page.getByRole('heading', { name: 'Tiến độ từng nhiệm vụ' }).isVisible()).resolves.toBe(true);
    await expect.poll(() => page.locator('.cm-hbar', { hasText: 'Bài viết' }).innerText(), { timeout: 10_000 }).toContain('1');
    await app.screenshot('compliance-dashboard');
    await warning.getByRole('link').click();
    await page.getByTestId('month-title').waitFor();
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toMatch(/^#\/schedule\/month\?m=2020-12/);
    await expect.poll(() => page.getByTestId('month-title').innerText(), { timeout: 10_000 }).toMatch(/12.*2020/);
    // …and a new item there is already linked to task 05.
    await page.getByTestId('linked-task-hint').waitFor();
    await page.getByRole('button', { name: 'Thêm mục ngày 15/12/2020' }).click();
    const task = page.locator('select[name="task"]');
    await expect.poll(async () => (await task.locator('option:checked').textContent()) ?? '', { timeout: 10_000 }).toMatch(/^05\./);
    await page.keyboard.press('Escape');
  });

  it('an editor closes a month; a later change shows up as an amendment', async () => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '/compliance?period=2020-Q3&asOf=2020-11-15&g=month&tab=closes'));
    const row = page.locator('tr[data-month="2020-07"]');
    await row.getByRole('button', { name: 'Khóa sổ' }).click();
    await row.getByText(/Đã khóa sổ/).waitFor();
    await api(app, 'items:setStatus', { id: july, status: 'planned', reason: 'Phát lại sai ngày' });
    await page.reload();
    await page.locator('tr[data-month="2020-07"] .cm-closed').waitFor();
    await app.screenshot('compliance-closes');
    const amend = page.locator('tr[data-month="2020-07"]').getByRole('button', { name: '1 điều chỉnh' });
    await amend.click();
    const amendments = page.locator('.cm-amendments', { hasText: 'Chuyên mục CCHC tháng 7' });
    await amendments.waitFor();
    await expect.poll(() => amendments.innerText(), { timeout: 10_000 }).toContain('Trạng thái: đã lên lịch; Bỏ đánh dấu đã thực hiện');
    await app.screenshot('compliance-closes');
  });
});
