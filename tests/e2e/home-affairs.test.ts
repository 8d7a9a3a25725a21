import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLtt, startApp, type AppHandle, cliJson as json } from './fixtures';

/**
 * The Home Affairs view in Chromium. The station and the newspaper are real databases driven by the real CLI;
 * the app is Sở Nội vụ's computer. The newspaper's files first reach Sở Nội vụ only through the station
 * (passed on), so its figures are there but no file came from it directly: a warning. Then its own file
 * arrives and the warning gives way to the time it was received.
 */
const STATION = 'Đài Phát thanh và Truyền hình tỉnh';
const PAPER = 'Báo Hải Dương';

describe('Đồng bộ → Xem song song các đơn vị (Sở Nội vụ)', () => {
  let app: AppHandle;
  let station: string;
  let paper: string;
  let paperFiles: string[];

  const add = (db: string, task: string, date: string, title: string, kind: string, outlet: string) =>
    json<{ id: string }>(
      runLtt(db, ['--json', 'item', 'add', '--plan', '259/KH-UBND', '--task', task, '--kind', kind, '--outlet', outlet, '--date', date, '--title', title]),
    ).id;
  const done = (db: string, id: string, at: string) => expect(runLtt(db, ['item', 'done', id, '--at', at]).code).toBe(0);
  const exportTo = (db: string, dir: string) => json<{ files: string[] }>(runLtt(db, ['--json', 'sync', 'export', '--out', dir])).files;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-e2e-ha-'));
    station = path.join(dir, 'station', 'data.sqlite');
    paper = path.join(dir, 'paper', 'data.sqlite');
    for (const [db, org] of [
      [station, STATION],
      [paper, PAPER],
    ] as const) {
      fs.mkdirSync(path.dirname(db));
      expect(runLtt(db, ['init', '--org', org, '--user', 'Biên tập viên', '--with-sample']).code).toBe(0);
    }
    // The station: task 05 (monthly TV column) done in January and February, March planned only.
    done(station, add(station, '05', '2020-01-20', 'Chuyên mục CCHC tháng 1', 'segment', 'tv'), '2020-01-20');
    done(station, add(station, '05', '2020-02-24', 'Chuyên mục CCHC tháng 2', 'segment', 'tv'), '2020-02-24');
    add(station, '05', '2020-03-23', 'Chuyên mục CCHC tháng 3', 'segment', 'tv');
    // The newspaper: task 06 (monthly article) done in January, February's planned only.
    done(paper, add(paper, '06', '2020-01-15', 'Bài viết: một cửa liên thông', 'article', 'print'), '2020-01-15');
    add(paper, '06', '2020-02-12', 'Bài viết: dịch vụ công trực tuyến', 'article', 'print');

    // The newspaper's file reaches the station, which passes it on with its own.
    paperFiles = exportTo(paper, path.join(dir, 'from-paper'));
    expect(json<{ rejected: unknown[] }>(runLtt(station, ['--json', 'sync', 'import', ...paperFiles, '--trust-new'])).rejected).toEqual([]);
    const stationFiles = exportTo(station, path.join(dir, 'from-station'));

    app = await startApp({ setup: { org: 'Sở Nội vụ', user: 'Chuyên viên Sở Nội vụ', withSample: true }, viewport: { width: 1920, height: 1080 } });
    expect(json<{ rejected: unknown[] }>(app.cli(['--json', 'sync', 'import', ...stationFiles, '--trust-new'])).rejected).toEqual([]);
    await app.page.goto(`${app.url.split('#')[0]}#/sync/overview?period=2020-Q1&asOf=2020-04-15&g=month`);
  });
  afterAll(async () => {
    await app?.close();
  });

  const org = (name: string) => app.page.getByRole('region', { name, exact: true });
  const cell = (name: string, code: string, col: number) => org(name).locator(`tr[data-task="${code}"] [data-cell="${code}:${col}"]`);

  it('shows each organisation’s matrix side by side with its own numbers and how fresh its data is', async () => {
    const page = app.page;
    await org(STATION).waitFor();
    await org(PAPER).waitFor();
    // Sở Nội vụ itself plans nothing: no card of its own.
    await expect.poll(() => page.locator('.ov-org').count(), { timeout: 10_000 }).toBe(2);

    // Task 05: the station 1/1 in January and February, the newspaper nothing; task 06 the other way round.
    await expect.poll(() => cell(STATION, '05', 1).textContent(), { timeout: 10_000 }).toMatch(/tháng 2: Đạt/);
    await expect.poll(() => cell(STATION, '05', 1).innerText(), { timeout: 10_000 }).toMatch(/1\/1/);
    await expect.poll(() => cell(STATION, '05', 2).textContent(), { timeout: 10_000 }).toMatch(/tháng 3: Chưa thực hiện/);
    await expect.poll(() => cell(PAPER, '05', 1).textContent(), { timeout: 10_000 }).toMatch(/tháng 2: Chưa thực hiện/);
    await expect.poll(() => cell(PAPER, '05', 1).innerText(), { timeout: 10_000 }).toMatch(/0\/1/);
    await expect.poll(() => cell(PAPER, '06', 0).textContent(), { timeout: 10_000 }).toMatch(/tháng 1: Đạt/);
    await expect.poll(() => cell(STATION, '06', 0).textContent(), { timeout: 10_000 }).toMatch(/tháng 1: Chưa thực hiện/);
    await expect.poll(() => org(STATION).locator('.ov-totals').innerText(), { timeout: 10_000 }).toContain('3 mục, 2 đã thực hiện');
    await expect.poll(() => org(PAPER).locator('.ov-totals').innerText(), { timeout: 10_000 }).toContain('2 mục, 1 đã thực hiện');

    // Freshness: the station's file came directly; the newspaper's figures only through the station.
    await expect
      .poll(() => org(STATION).locator('[data-freshness="fresh"]').innerText(), { timeout: 10_000 })
      .toMatch(/Dữ liệu đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — tệp nhận lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await expect
      .poll(() => org(PAPER).locator('[data-freshness="never"]').innerText(), { timeout: 10_000 })
      .toMatch(/Dữ liệu đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, nhận qua máy khác — chưa nhận tệp nào trực tiếp từ đơn vị này/);
    await expect.poll(() => org(PAPER).locator('.ov-badge').innerText()).toBe('Chỉ xem');
    await app.screenshot('home-affairs-side-by-side');
  });

  it('opens a cell of another organisation read only: its items, nothing to plan or edit', async () => {
    const page = app.page;
    await cell(PAPER, '06', 1).click();
    const panel = org(PAPER).getByTestId('cell-panel');
    await panel.waitFor();
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('Bài viết: dịch vụ công trực tuyến');
    await expect.poll(() => panel.innerText()).toContain('Chỉ xem: các mục này do đơn vị khác lập');
    expect(await panel.getByRole('link', { name: 'Lên lịch cho nhiệm vụ này' }).count()).toBe(0);
    expect(
      await page
        .locator('.ov-page')
        .getByRole('button', { name: /Sửa|Xóa|Đánh dấu/ })
        .count(),
    ).toBe(0);
    // The organisation's schedule, read only, folded under its matrix.
    await org(STATION).locator('.ov-schedule summary').click();
    await expect.poll(() => org(STATION).locator('.ov-schedule').innerText(), { timeout: 10_000 }).toMatch(/20\/01\/2020[\s\S]*Chuyên mục CCHC tháng 1/);
    await app.screenshot('home-affairs-cell-read-only');
  });

  it('on a 1366×768 screen shows one organisation at a time, and the warning clears once its own file arrives', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    const choose = page.getByRole('group', { name: 'Chọn đơn vị để xem' });
    await choose.waitFor();
    await expect.poll(() => page.locator('.ov-org').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => choose.getByRole('button', { name: new RegExp(PAPER) }).innerText()).toContain('⚠ chưa nhận tệp');
    await choose.getByRole('button', { name: new RegExp(PAPER) }).click();
    await org(PAPER).waitFor();
    await expect.poll(() => cell(PAPER, '06', 0).innerText(), { timeout: 10_000 }).toMatch(/1\/1/);

    expect(json<{ rejected: unknown[] }>(app.cli(['--json', 'sync', 'import', ...paperFiles, '--trust-new'])).rejected).toEqual([]);
    await page.reload();
    await expect.poll(() => org(PAPER).locator('[data-freshness]').getAttribute('data-freshness'), { timeout: 10_000 }).toBe('fresh');
    await expect
      .poll(() => org(PAPER).locator('[data-freshness]').innerText(), { timeout: 10_000 })
      .toMatch(/Dữ liệu đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — tệp nhận lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await expect.poll(() => choose.getByRole('button', { name: new RegExp(PAPER) }).innerText()).toContain('mới');
    await app.screenshot('home-affairs-narrow');
  });

  it('opens each organisation’s schedule in Lịch → Danh sách, narrowed to that organisation', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const overview = `${app.url.split('#')[0]}#/sync/overview?period=2020-Q1&asOf=2020-04-15&g=month`;
    const rows = () => page.locator('.agenda-row').allInnerTexts();
    for (const [name, mine, theirs] of [
      [STATION, ['Chuyên mục CCHC tháng 1', 'Chuyên mục CCHC tháng 2', 'Chuyên mục CCHC tháng 3'], 'Bài viết'],
      [PAPER, ['Bài viết: một cửa liên thông', 'Bài viết: dịch vụ công trực tuyến'], 'Chuyên mục CCHC'],
    ] as const) {
      await page.goto(overview);
      const link = org(name).getByRole('link', { name: 'Mở lịch của đơn vị này' });
      await link.click();
      // The link carries the period (Q1 2020): the list starts narrowed to it.
      await expect
        .poll(() => new URL(page.url()).hash, { timeout: 10_000 })
        .toMatch(/^#\/schedule\/agenda\?m=2020-01&org=[^&]+&from=2020-01-01&to=2020-03-31$/);
      await expect.poll(() => page.getByLabel('Từ ngày').inputValue(), { timeout: 10_000 }).toBe('01/01/2020');
      await expect.poll(() => page.getByLabel('Đến ngày').inputValue(), { timeout: 10_000 }).toBe('31/03/2020');
      await expect.poll(() => page.getByTestId('agenda-count').innerText(), { timeout: 10_000 }).toBe(`${mine.length} mục`);
      await expect.poll(async () => (await rows()).length, { timeout: 10_000 }).toBe(mine.length);
      const texts = (await rows()).join('\n');
      for (const title of mine) expect(texts).toContain(title);
      expect(texts).not.toContain(theirs);
      // The Đơn vị filter shows the organisation in force, so it can be cleared from there.
      await expect.poll(() => page.getByTestId('org-filter').locator('option:checked').innerText(), { timeout: 10_000 }).toContain(name);
    }
    await app.screenshot('home-affairs-org-agenda');
  });
});
