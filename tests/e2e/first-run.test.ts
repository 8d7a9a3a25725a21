import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startApp, type AppHandle } from './fixtures';
import { SchedulePage } from './schedule-helpers';

/**
 * A new user's first minutes, from an empty database to a planned month: which organisation, who they are,
 * start with the built-in plan, the quick tour of the four things people do, then the first item on the calendar.
 */
describe('first run: from an empty database to a planned month', () => {
  let app: AppHandle;
  let schedule: SchedulePage;
  beforeAll(async () => {
    app = await startApp();
    schedule = new SchedulePage(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  const tour = () => app.page.getByTestId('tour');
  const hashStartsWith = (prefix: string) => app.page.waitForFunction((p) => window.location.hash.startsWith(p), prefix);

  it('asks which organisation and who is using it, and starts with the built-in plan', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Chào mừng đến với Lịch Tuyên Truyền' }).waitFor();
    await expect.poll(() => tour().count(), { timeout: 10_000 }).toBe(0);
    await page.getByLabel('Cơ quan của máy này').fill('Báo Hải Dương');
    await page.getByLabel('Họ và tên của bạn').fill('Phạm Thu Trang');
    await page.getByLabel('Biên tập viên').check();
    await page.getByLabel('Kế hoạch mẫu 259/KH-UBND (năm 2020) có sẵn').check();
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await page.locator('.topbar .org', { hasText: 'Báo Hải Dương' }).waitFor();
    await expect.poll(() => page.locator('.topbar .user').textContent(), { timeout: 10_000 }).toContain('Phạm Thu Trang');

    const plans = JSON.parse(app.cli(['--json', 'plan', 'list']).stdout) as Array<{ number: string; year: number; taskCount: number }>;
    expect(plans).toEqual([expect.objectContaining({ number: '259/KH-UBND', year: 2020 })]);
    expect(plans[0]!.taskCount).toBeGreaterThan(0);
  });

  it('then shows a short tour of the four things people do, each step opening its screen', async () => {
    const { page } = app;
    await tour().waitFor();
    await app.screenshot('first-run-tour-1');
    const steps: Array<[string, string]> = [
      ['Lên lịch cho một tháng', '#/schedule/month'],
      ['Đánh dấu đã phát sóng, đã đăng', '#/schedule/mine'],
      ['Xem ma trận theo dõi', '#/compliance'],
      ['Xuất báo cáo', '#/reports'],
    ];
    for (const [i, [title, route]] of steps.entries()) {
      await expect.poll(() => tour().locator('.tour-step').textContent(), { timeout: 10_000 }).toContain(`Bước ${i + 1}/4`);
      await expect.poll(() => tour().getByRole('heading').textContent(), { timeout: 10_000 }).toBe(title);
      await tour().getByRole('button', { name: 'Mở màn hình này' }).click();
      await hashStartsWith(route);
      await page.locator('main h1').first().waitFor();
      // The tour is not modal: the screen behind it stays usable.
      await expect.poll(() => page.locator('nav.sidebar a[aria-current="page"]').getAttribute('href'), { timeout: 10_000 }).toBe(`#/${route.split('/')[1]}`);
      await app.screenshot(`first-run-tour-step-${i + 1}`);
      await tour()
        .getByRole('button', { name: i === steps.length - 1 ? 'Xong' : 'Tiếp' })
        .click();
    }
    await tour().waitFor({ state: 'detached' });
  });

  it('plans a month: an item linked to a task of the plan goes on the calendar and into the database', async () => {
    const { page } = app;
    await schedule.open('month', '2020-05');
    await page.getByRole('button', { name: '+ Thêm mục' }).click();
    const d = schedule.dialog();
    await d.getByLabel('Tiêu đề').fill('Tọa đàm: Chính quyền số phục vụ người dân');
    await d.getByLabel('Loại').selectOption('talkshow');
    await d.getByLabel('Kênh').selectOption('print');
    const task = d.getByLabel('Nhiệm vụ trong kế hoạch');
    const firstTask = await task.locator('option').nth(1).getAttribute('value');
    expect(firstTask).toBeTruthy();
    await task.selectOption(firstTask!);
    await d.getByLabel('Ngày', { exact: true }).fill('20/05/2020');
    await d.getByRole('button', { name: 'Thêm', exact: true }).click();
    await schedule.chipOn('2020-05-20').waitFor();
    await expect.poll(() => schedule.chipOn('2020-05-20').textContent(), { timeout: 10_000 }).toContain('Chính quyền số');
    await app.screenshot('first-run-planned-month');

    const items = JSON.parse(app.cli(['--json', 'item', 'list', '--from', '2020-05-01', '--to', '2020-05-31']).stdout) as Array<{
      title: string;
      plannedDate: string;
    }>;
    expect(items).toEqual([expect.objectContaining({ title: 'Tọa đàm: Chính quyền số phục vụ người dân', plannedDate: '2020-05-20' })]);
  });

  it('a reload keeps everything and does not start the tour again by itself', async () => {
    const { page } = app;
    await page.reload();
    await schedule.chipOn('2020-05-20').waitFor();
    await expect.poll(() => tour().count(), { timeout: 10_000 }).toBe(0);
  });

  it('the tour can be started again from Cài đặt, and Escape closes it', async () => {
    const { page } = app;
    await page.locator('nav a[data-section="settings"]').click();
    await page.getByRole('navigation', { name: 'Các phần của Cài đặt' }).getByRole('link', { name: 'Hướng dẫn' }).click();
    await page.getByRole('button', { name: 'Xem hướng dẫn nhanh' }).click();
    await tour().waitFor();
    await expect.poll(() => tour().getByRole('heading').textContent(), { timeout: 10_000 }).toBe('Lên lịch cho một tháng');
    await page.keyboard.press('Escape');
    await tour().waitFor({ state: 'detached' });
  });
});

describe('first run: starting without a plan and importing one from a file', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts empty, skips the tour, and imports the plan file; its tasks are then offered for the calendar', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Chào mừng đến với Lịch Tuyên Truyền' }).waitFor();
    await page.getByLabel('Cơ quan của máy này').fill('Đài Phát thanh và Truyền hình tỉnh');
    await page.getByLabel('Họ và tên của bạn').fill('Lê Minh Quân');
    await page.getByLabel('Chưa có kế hoạch — tôi sẽ nhập kế hoạch sau').check();
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await page.getByTestId('tour').getByRole('button', { name: 'Bỏ qua' }).click();
    await page.getByTestId('tour').waitFor({ state: 'detached' });
    expect(JSON.parse(app.cli(['--json', 'plan', 'list']).stdout)).toEqual([]);

    // With no plan at all there is nothing to choose: the add form does not ask for a task, and says why.
    await new SchedulePage(page).open('month', '2020-03');
    await page.getByRole('button', { name: '+ Thêm mục' }).click();
    const noPlan = page.getByRole('dialog').getByLabel('Nhiệm vụ trong kế hoạch');
    await expect.poll(() => noPlan.locator('option:checked').textContent()).toBe('Không gắn nhiệm vụ (mục ngoài kế hoạch)');
    expect(await noPlan.locator('option').count()).toBe(1);
    await page.getByRole('dialog').getByText('Máy này chưa có kế hoạch nào, nên mục sẽ không gắn nhiệm vụ.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.locator('nav a[data-section="plans"]').click();
    await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp' }).first().click();
    await page.locator('input[name="planFile"]').setInputFiles(path.join(ROOT, 'resources', 'plans', '259-KH-UBND-2020.json'));
    await page.getByRole('button', { name: 'Nhập kế hoạch', exact: true }).click();
    await page.waitForFunction(() => /^#\/plans\/[0-9a-f-]{36}/.test(window.location.hash));
    await app.screenshot('first-run-imported-plan');

    const plans = JSON.parse(app.cli(['--json', 'plan', 'list']).stdout) as Array<{ number: string; taskCount: number }>;
    expect(plans).toEqual([expect.objectContaining({ number: '259/KH-UBND' })]);
    expect(plans[0]!.taskCount).toBeGreaterThan(0);

    await new SchedulePage(page).open('month', '2020-03');
    await page.getByRole('button', { name: '+ Thêm mục' }).click();
    const taskOptions = page.getByRole('dialog').getByLabel('Nhiệm vụ trong kế hoạch').locator('option');
    // Every task of the plan, between the "— Chọn nhiệm vụ —" placeholder and the deliberate "Không gắn nhiệm vụ".
    await expect.poll(() => taskOptions.count()).toBe(plans[0]!.taskCount + 2);
    await page.keyboard.press('Escape');
  });
});
