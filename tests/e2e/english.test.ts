import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';
import { itemAddArgs } from '../cli/helpers/item-add';

/**
 * With the interface switched to English, Lịch and Kế hoạch speak English; only the data stays as entered
 * (titles, plan text, agency and holiday names, which are Vietnamese).
 */
const TITLE = 'Chuyên mục CCHC tháng 5';
const VIETNAMESE = /[\u0300-\u036f]|[đĐ]/;

describe('the English interface on Lịch, Kế hoạch and Theo dõi', () => {
  let app: AppHandle;

  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Biên tập viên', withSample: true } });
    const add = ['--json', ...itemAddArgs({ kind: 'segment', outlet: 'tv', date: '2020-05-20', time: '19:45', title: TITLE })];
    expect(app.cli(add).code).toBe(0);
    await app.page.locator('nav a[data-section="settings"]').click();
    await app.page.getByRole('navigation', { name: 'Các phần của Cài đặt' }).getByRole('link', { name: 'Ngôn ngữ' }).click();
    await app.page.locator('select[name="language"]').selectOption('en');
    await app.page.locator('nav a[data-section="plans"]', { hasText: 'Plans' }).waitFor();
  });
  afterAll(async () => {
    // Back to Vietnamese is not needed: the database is thrown away.
    await app?.close();
  });

  /** The screen's text without the data it shows, normalised so diacritics are separate marks. */
  const chrome = async (selector: string, data: string[]) => {
    let text = await app.page.locator(selector).innerText();
    for (const d of data) text = text.split(d).join('');
    return text.normalize('NFD');
  };

  it('Lịch: the month, its chips and the item panel are in English', async () => {
    const page = app.page;
    await page.evaluate(() => (window.location.hash = '#/schedule/month?m=2020-05'));
    await expect.poll(() => page.getByTestId('month-title').innerText(), { timeout: 10_000 }).toBe('May 2020');
    await expect.poll(() => page.locator('.page-tabs').innerText()).toMatch(/Month[\s\S]*List[\s\S]*By status[\s\S]*My work/);
    await expect.poll(() => page.locator('.dow').first().innerText()).toBe('Mon');
    const chip = page.locator('.day[data-date="2020-05-20"] .chip');
    await expect.poll(() => chip.innerText(), { timeout: 10_000 }).toMatch(/TV · Chuyên mục CCHC tháng 5[\s\S]*Planned/);
    // The strip above the month names the plan's tasks: the plan's own words (document data), like item titles, and so
    // are the holidays' names. Both are read again at each try: the holidays arrive by a query of their own.
    await page.getByTestId('task-strip').waitFor();
    const data = async () => [...(await page.locator('.holiday-name').allInnerTexts()), ...(await page.locator('.task-chip-title').allInnerTexts())];
    await expect.poll(() => page.getByTestId('task-strip').innerText()).toMatch(/done · \d+ scheduled/);
    await expect.poll(async () => chrome('.sched', [TITLE, ...(await data())]), { timeout: 10_000 }).not.toMatch(VIETNAMESE);

    await chip.click();
    const panel = page.getByTestId('item-panel');
    await panel.waitFor();
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toMatch(/Kind\s+Column\s+Outlet\s+Television\s+Planned date\s+20\/05\/2020 at 19:45/);
    await expect.poll(() => panel.getByRole('button', { name: 'Mark as aired' }).count()).toBe(1);
    // The history's lines are worded by the core (field names and values in Vietnamese): only its heading is ours.
    await expect.poll(() => panel.getByRole('region', { name: 'History of changes' }).count()).toBe(1);
    const history = await page.getByTestId('history').innerText();
    await expect.poll(() => chrome('[data-testid="item-panel"]', [history, TITLE]), { timeout: 10_000 }).not.toMatch(VIETNAMESE);
    await app.screenshot('english-schedule-month');
  });

  it('Lịch: the list and its filters are in English', async () => {
    const page = app.page;
    await page.evaluate(() => (window.location.hash = '#/schedule/agenda?m=2020-05'));
    await expect.poll(() => page.getByTestId('agenda-count').innerText(), { timeout: 10_000 }).toBe('1 item');
    await expect.poll(() => page.locator('.filters').first().innerText()).toMatch(/Search \(accents optional\)[\s\S]*Outlet[\s\S]*Kind[\s\S]*Status/);
    await expect.poll(() => page.locator('.agenda-row').first().innerText(), { timeout: 10_000 }).toMatch(/Television · Task 05[\s\S]*Planned/);
  });

  it('Kế hoạch: the plan, its cadence editor and the agency directory are in English', async () => {
    const page = app.page;
    await page.locator('nav a[data-section="plans"]').click();
    await page.getByRole('table', { name: 'Plans' }).waitFor();
    await page.getByRole('table', { name: 'Plans' }).locator('a').first().click();
    // The task table describes each cadence in English too (the plan's own timeframe text stays as written).
    await expect.poll(() => page.locator('tr[data-code="05"] .cadence-words').innerText(), { timeout: 10_000 }).toBe('once a month');
    await page.getByRole('button', { name: 'Edit cadence 05' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.innerText(), { timeout: 10_000 })
      .toMatch(/Timeframe in the plan:[\s\S]*Current cadence: once a month[\s\S]*How it is counted[\s\S]*Regularly every month/);
    await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^New cadence: /);
    await app.screenshot('english-plans-cadence');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.evaluate(() => (window.location.hash = '#/plans/agencies'));
    await expect.poll(() => page.getByRole('button', { name: 'Add agency' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('main').innerText()).toContain('Find an agency');
  });

  it('Theo dõi: the matrix headers, its period and the tracking warnings are in English', async () => {
    const page = app.page;
    await page.evaluate(() => (window.location.hash = '#/compliance?period=2020'));
    const matrix = page.getByTestId('compliance-matrix');
    await matrix.waitFor();
    await expect
      .poll(() => matrix.locator('thead th').allInnerTexts(), { timeout: 10_000 })
      .toEqual(['Task', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(await matrix.locator('thead th').nth(5).getAttribute('title')).toBe('May 2020');
    await expect.poll(() => page.locator('.cm-period-label').innerText()).toMatch(/^Year 2020 · /);
    // The matrix without the plan's own words (task titles) has no Vietnamese left.
    const titles = await matrix.locator('.cm-title').allInnerTexts();
    await expect.poll(() => chrome('[data-testid="compliance-matrix"]', titles), { timeout: 10_000 }).not.toMatch(VIETNAMESE);
    await app.screenshot('english-compliance-matrix');

    await page.locator('.cm-tabs button[data-tab="dashboard"]').click();
    const warnings = page.getByTestId('warning');
    await warnings.first().waitFor();
    const texts = await warnings.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.normalize('NFD'), text).not.toMatch(VIETNAMESE);
    expect(texts.join('\n')).toMatch(/Task \d+/);
    await app.screenshot('english-compliance-warnings');
  });
});
