import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';
import { SchedulePage } from './schedule-helpers';
import { seedMaterialisedItems } from '../core/schedule/helpers';

/** 10,000 items: the month view and the agenda open and filter within normal timeouts (timings belong to the bench). */
describe('the schedule with 10,000 items', () => {
  let app: AppHandle;
  let s: SchedulePage;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Báo Hải Dương', user: 'Lê Thị Cúc', role: 'editor' } });
    const db = new Database(app.dbFile);
    db.pragma('busy_timeout = 10000');
    seedMaterialisedItems(db, 10_000);
    db.close();
    s = new SchedulePage(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens a busy month, moves with the keyboard, and filters the agenda without accents', async () => {
    const { page } = app;
    await s.open('month', '2020-05');
    await s.day('2020-05-15').locator('.more').waitFor();
    await expect.poll(() => s.chipOn('2020-05-15').count(), { timeout: 10_000 }).toBe(4);
    await app.screenshot('schedule-month-10k');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('PageDown');
    await page.getByTestId('month-title').filter({ hasText: 'Tháng 6/2020' }).waitFor();

    await s.open('agenda', '2020-05');
    await page.getByTestId('agenda-count').filter({ hasText: '10000 mục' }).waitFor();
    // Only the rows on screen are in the page.
    expect(await page.locator('.agenda-row').count()).toBeLessThan(60);
    await page.locator('#schedule-search').fill('duong day nong');
    await page.getByTestId('agenda-count').filter({ hasText: '2000 mục' }).waitFor();
    await page.getByLabel('Kênh').selectOption('tv');
    await page
      .getByTestId('agenda-count')
      .filter({ hasText: /^\d+ mục$/ })
      .waitFor();
    const rows = page.locator('.agenda-row');
    await rows.first().waitFor();
    await expect.poll(() => rows.first().textContent(), { timeout: 10_000 }).toContain('Đường dây nóng');
    await app.screenshot('schedule-agenda-10k');
  });
});
