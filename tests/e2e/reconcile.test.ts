import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliJson, startApp, type AppHandle } from './fixtures';
import { itemAddArgs } from '../cli/helpers/item-add';
import { stationFixture } from '../fixtures/reconcile/generate';

/** The station's October, in the sample plan's year (2020), so Theo dõi of plan 259/KH-UBND counts it. */
const fx = stationFixture('2020-10');

describe('Lịch → Đối chiếu nhật ký (browser host, Chromium)', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true } });
    for (const i of fx.items) {
      const task = i.taskIds[0]!.replace('task-', '');
      const r = app.cli(itemAddArgs({ task, kind: 'segment', outlet: 'tv', date: i.plannedDate, time: i.plannedTime!, title: i.title }));
      expect(r.stderr).toBe('');
    }
  }, 120_000);
  afterAll(async () => app?.close());

  const done = () => cliJson<Array<{ title: string }>>(app.cli(['--json', 'item', 'list', '--status', 'done'])).length;

  it('import a log, confirm the confident matches, fix one doubtful, undo, redo; Theo dõi follows', async () => {
    const { page } = app;
    const view = page.getByTestId('reconcile');
    const openAndPreview = async (source?: string) => {
      await page.evaluate(() => (window.location.hash = '/schedule/reconcile'));
      await view.waitFor();
      await view.getByTestId('reconcile-file').setInputFiles({ name: fx.fileName, mimeType: 'text/csv', buffer: Buffer.from(fx.text) });
      await view.getByTestId('reconcile-outlet').selectOption('tv');
      if (source) await view.getByTestId('reconcile-source').selectOption(source);
      await view.getByRole('button', { name: 'Xem trước' }).click();
      await view.getByTestId('reconcile-summary').waitFor();
    };
    const proof = async () => {
      await page.evaluate(() => (window.location.hash = '/compliance?tab=dashboard'));
      return (await page.getByTestId('proof-note').textContent()) ?? '';
    };

    await openAndPreview();
    expect(await view.getByTestId('reconcile-summary').textContent()).toContain('9 khớp chắc chắn, 2 cần xem lại');
    await app.screenshot('reconcile-preview');
    // The mapping step: the columns read, saved under a name for this source, used by the next imports.
    const mapping = view.getByTestId('reconcile-mapping');
    await mapping.locator('summary').click();
    expect(await mapping.getByLabel('Tên chương trình / tiêu đề').inputValue()).toBe('Tên chương trình');
    await mapping.getByLabel('Tên nguồn').fill('Playout THD');
    await mapping.getByRole('button', { name: 'Lưu cách đọc' }).click();
    await mapping.getByText('Playout THD:').waitFor();
    expect(done()).toBe(0);
    await view.getByRole('button', { name: 'Xác nhận tất cả 9 dòng khớp chắc chắn' }).click();
    await expect.poll(done, { timeout: 10_000 }).toBe(9);
    await expect.poll(proof, { timeout: 10_000 }).toContain('9 có dòng nhật ký, 0 đánh dấu tay');

    // The title changed on air: the person confirms it is episode 4.
    const fixOne = async () => {
      await openAndPreview('Playout THD');
      expect(await view.getByTestId('reconcile-summary').textContent()).toContain('0 khớp chắc chắn');
      const row = view.locator('tr[data-kind="doubtful"]', { hasText: 'Người dân đến làm thủ tục' });
      const select = row.getByRole('combobox');
      const value = await select.locator('option', { hasText: 'Chuyên mục CCHC số 4' }).getAttribute('value');
      await select.selectOption(value!);
      await view.getByRole('button', { name: 'Xác nhận các quyết định đã chọn (1)' }).click();
      await expect.poll(done, { timeout: 10_000 }).toBe(10);
    };
    await fixOne();
    await expect.poll(proof, { timeout: 10_000 }).toContain('10 có dòng nhật ký');

    // Undo the fix (the newest import, first in the list), then do it again.
    await page.evaluate(() => (window.location.hash = '/schedule/reconcile'));
    const newest = view.getByTestId('reconcile-import').first();
    await newest.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(done, { timeout: 10_000 }).toBe(9);
    await expect.poll(() => newest.textContent()).toContain('đã hoàn tác');
    await expect.poll(proof, { timeout: 10_000 }).toContain('9 có dòng nhật ký');
    await fixOne();
    await expect.poll(proof, { timeout: 10_000 }).toContain('10 có dòng nhật ký, 0 đánh dấu tay');
    await app.screenshot('reconcile-theo-doi');

    // Báo cáo (issue 21, point 5): the same split under task 05 and the proof after each proven line.
    await page.evaluate(() => (window.location.hash = '/reports?period=2020-10&asOf=2020-10-31'));
    const paper = page.locator('.rp-paper');
    await paper.waitFor();
    await expect
      .poll(() => paper.locator('tr.rp-items', { hasText: 'Chuyên mục CCHC số 1' }).innerText(), { timeout: 10_000 })
      .toMatch(/Sản phẩm đã thực hiện \(\d+\), trong đó \d+ có dòng nhật ký phát sóng, 0 đánh dấu tay:/);
    await expect
      .poll(() => paper.innerText(), { timeout: 10_000 })
      .toMatch(new RegExp(`Chuyên mục CCHC số 1[^\n]* – minh chứng: Nhật ký \\(dòng \\d+, tệp ${fx.fileName.replace(/\./g, '\\.')}\\)`));
    await expect
      .poll(() => page.getByTestId('report-proof').innerText(), { timeout: 10_000 })
      .toMatch(/^Trong số 10 sản phẩm đã thực hiện: 10 có dòng nhật ký phát sóng làm minh chứng/);
    await paper.locator('tr.rp-items', { hasText: 'Chuyên mục CCHC số 1' }).scrollIntoViewIfNeeded();
    await app.screenshot('reconcile-report');
  }, 120_000);
});
