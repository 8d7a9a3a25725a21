import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLtt, startApp, type AppHandle, cliJson as json } from './fixtures';
import { SchedulePage } from './schedule-helpers';

/**
 * Lịch on Sở Nội vụ's computer. The station and the newspaper are real databases driven by the real CLI and
 * their items arrive through real sync files; Sở Nội vụ also plans one item of its own. Their items are
 * shown read only (no actions, no drag, a note saying whose they are), its own item behaves as before, and
 * the "Đơn vị" filter narrows the schedule to one organisation.
 */
const STATION = 'Đài Phát thanh và Truyền hình tỉnh';
const PAPER = 'Báo Hải Dương';

describe('Lịch on a Sở Nội vụ install: other organisations’ items are read only, and Đơn vị filters', () => {
  let app: AppHandle;
  let s: SchedulePage;
  let stationItem: string;
  let ownItem: string;

  const add = (
    run: (args: string[]) => { code: number; stdout: string; stderr: string },
    task: string,
    date: string,
    title: string,
    kind: string,
    outlet: string,
  ) =>
    json<{ id: string }>(
      run(['--json', 'item', 'add', '--plan', '259/KH-UBND', '--task', task, '--kind', kind, '--outlet', outlet, '--date', date, '--title', title]),
    ).id;
  const plannedDate = (id: string) =>
    json<Array<{ id: string; plannedDate: string }>>(app.cli(['--json', 'item', 'list', '--month', '2020-03'])).find((i) => i.id === id)?.plannedDate;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-e2e-ro-'));
    const files: string[] = [];
    for (const [org, items] of [
      [
        STATION,
        [
          ['05', '2020-03-10', 'Chuyên mục CCHC tháng 3', 'segment', 'tv'],
          ['05', '2020-03-24', 'Tọa đàm một cửa liên thông', 'talkshow', 'radio'],
        ],
      ],
      [PAPER, [['06', '2020-03-12', 'Bài viết: dịch vụ công trực tuyến', 'article', 'print']]],
    ] as const) {
      const db = path.join(dir, org === STATION ? 'station' : 'paper', 'data.sqlite');
      fs.mkdirSync(path.dirname(db));
      expect(runLtt(db, ['init', '--org', org, '--user', 'Biên tập viên', '--with-sample']).code).toBe(0);
      const ids = items.map(([task, date, title, kind, outlet]) => add((a) => runLtt(db, a), task, date, title, kind, outlet));
      if (org === STATION) stationItem = ids[0]!;
      files.push(...json<{ files: string[] }>(runLtt(db, ['--json', 'sync', 'export', '--out', path.join(dir, `out-${files.length}`)])).files);
    }
    app = await startApp({ setup: { org: 'Sở Nội vụ', user: 'Chuyên viên Sở Nội vụ', withSample: true } });
    expect(json<{ rejected: unknown[] }>(app.cli(['--json', 'sync', 'import', ...files, '--trust-new'])).rejected).toEqual([]);
    ownItem = add(app.cli, '01', '2020-03-17', 'Hội nghị tập huấn CCHC', 'other', 'portal');
    // The CLI wrote behind the open page's back (in the app, a sync tells the page itself): start afresh.
    await app.page.reload();
    s = new SchedulePage(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the station’s item with the read-only note and no edit, status or delete buttons; its own item keeps them', async () => {
    const page = app.page;
    await s.open('month', '2020-03');
    await s.select('2020-03-10');
    const panel = s.panel();
    await expect.poll(() => panel.locator('h2').innerText(), { timeout: 10_000 }).toBe('Chuyên mục CCHC tháng 3');
    await expect.poll(() => panel.getByTestId('read-only-note').innerText(), { timeout: 10_000 }).toContain(`Chỉ xem — mục của ${STATION}`);
    expect(await panel.getByRole('button', { name: /Sửa|Đánh dấu|Bắt đầu sản xuất|Sẵn sàng|Hoãn|Hủy|Xóa|Mở lại/ }).count()).toBe(0);
    // The keyboard way to mark done ("D") does nothing either.
    await page.keyboard.press('d');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await app.screenshot('schedule-read-only-panel');

    await s.select('2020-03-17');
    await expect.poll(() => panel.locator('h2').innerText(), { timeout: 10_000 }).toBe('Hội nghị tập huấn CCHC');
    await panel.getByRole('button', { name: 'Sửa…' }).waitFor();
    expect(await panel.getByTestId('read-only-note').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('cannot drag the station’s item to another day (its date stays), while its own item still moves by drag', async () => {
    await s.open('month', '2020-03');
    const chip = s.chipOn('2020-03-10');
    await expect.poll(() => chip.getAttribute('draggable'), { timeout: 10_000 }).toBe('false');
    await chip.dragTo(s.day('2020-03-13'));
    // The same gesture on our own item does move it: the drag itself works on this page.
    await s.chipOn('2020-03-17').dragTo(s.day('2020-03-19'));
    await expect.poll(() => plannedDate(ownItem), { timeout: 10_000 }).toBe('2020-03-19');
    await s.chipOn('2020-03-19').waitFor();
    expect(plannedDate(stationItem)).toBe('2020-03-10');
    expect(await s.chipOn('2020-03-10').count()).toBe(1);
    expect(await s.chipOn('2020-03-13').count()).toBe(0);
    expect(await app.page.getByText('thuộc đơn vị khác').count()).toBe(0);

    await s.open('board', '2020-03');
    const card = app.page.locator(`.card[data-item-id="${stationItem}"]`);
    await expect.poll(() => card.getAttribute('draggable'), { timeout: 10_000 }).toBe('false');
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain(STATION);
    await card.dragTo(app.page.locator('.col[data-status="ready"]'));
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => app.page.locator(`.col[data-status="planned"] .card[data-item-id="${stationItem}"]`).count(), { timeout: 10_000 }).toBe(1);
    await app.screenshot('schedule-read-only-board');
  });

  it('the Đơn vị filter narrows the list to one organisation and is carried in the URL', async () => {
    const page = app.page;
    await s.open('agenda', '2020-03');
    const count = page.getByTestId('agenda-count');
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toBe('4 mục');
    const select = page.getByLabel('Đơn vị');
    const options = await select.locator('option').allInnerTexts();
    // Organisations that have items, by name; Sở Nội vụ has its one item.
    expect(options).toEqual(['Tất cả', `${PAPER} (1 mục)`, 'Sở Nội vụ (1 mục)', `${STATION} (2 mục)`]);

    await select.selectOption({ label: `${PAPER} (1 mục)` });
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toBe('1 mục');
    await expect
      .poll(() => page.locator('.agenda-row').allInnerTexts(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Bài viết: dịch vụ công trực tuyến')]);
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toMatch(/[?&]org=[0-9a-f-]{36}/);
    await app.screenshot('schedule-org-filter-agenda');

    // The month view keeps the choice (same URL parameter): only the newspaper's chip.
    await page.getByRole('link', { name: 'Lịch tháng' }).click();
    await expect.poll(() => page.locator('.chip').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => s.chipOn('2020-03-12').count(), { timeout: 10_000 }).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('.chip').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByLabel('Đơn vị').inputValue(), { timeout: 10_000 }).not.toBe('');

    await page.getByLabel('Đơn vị').selectOption({ label: 'Tất cả' });
    await expect.poll(() => page.locator('.chip').count(), { timeout: 10_000 }).toBe(4);
    await s.select('2020-03-12');
    await expect.poll(() => s.panel().getByTestId('read-only-note').innerText(), { timeout: 10_000 }).toContain(`Chỉ xem — mục của ${PAPER}`);
    await app.screenshot('schedule-read-only-month');
  });
});
