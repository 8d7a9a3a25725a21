import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { exportNow } from '../../electron/core/services/sync-service';
import { startApp, type AppHandle, cliJson as json } from './fixtures';

const STATION = 'Đài Phát thanh và Truyền hình tỉnh';

/**
 * A large sync file picked by hand on a Sở Nội vụ install: the import runs in the host's worker thread, the top
 * bar says it is importing (with how many changes so far) while the page stays usable, then shows the result.
 */
describe('importing a large sync file through the browser host', () => {
  let app: AppHandle;
  let big: string[];
  let changes = 0;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-e2e-progress-'));
    const station = openCore({ dbFile: path.join(dir, 'station', 'data.sqlite') });
    try {
      await station.call('app:setup', { orgName: STATION, userName: 'Nguyễn Văn An', role: 'editor', withSample: false });
      const first = exportNow(station.ctx, path.join(dir, 'first')).files;
      // A daily radio bulletin over eight years: about 2,900 episodes (11,000 changes) in one action.
      await station.call('series:create', {
        kind: 'news',
        outlet: 'radio',
        title: 'Bản tin cải cách hành chính hằng ngày',
        recurrence: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] },
        startDate: '2021-01-01',
        endDate: '2028-12-31',
        plannedTime: '06:15',
      });
      const second = exportNow(station.ctx, path.join(dir, 'second'));
      big = second.files;
      changes = second.changes;
      app = await startApp({ setup: { org: 'Sở Nội vụ', user: 'Chuyên viên Sở Nội vụ' } });
      // The station's computer is already trusted (its first, small file came earlier).
      expect(json<{ rejected: unknown[] }>(app.cli(['--json', 'sync', 'import', ...first, '--trust-new'])).rejected).toEqual([]);
    } finally {
      station.close();
    }
    await app.page.goto(`${app.url.split('#')[0]}#/sync`);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the import in progress in the top bar, then the changes it applied', async () => {
    const page = app.page;
    expect(changes).toBeGreaterThan(10_000);
    const badge = page.getByTestId('sync-badge');
    await expect.poll(() => badge.innerText(), { timeout: 10_000 }).toMatch(/Chưa đồng bộ|Đồng bộ lần cuối/);
    await page.locator('input[type="file"][accept=".lttsync"]').setInputFiles(big);
    await expect.poll(() => badge.innerText(), { timeout: 20_000, interval: 25 }).toMatch(/^Đang nhập tệp đồng bộ…/);
    await app.screenshot('sync-import-progress');
    // Meanwhile the page answers: another screen opens and reads.
    await page.getByRole('link', { name: 'Kế hoạch' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText(), { timeout: 10_000 }).toMatch(/Kế hoạch/);
    await expect.poll(() => badge.innerText(), { timeout: 60_000 }).not.toMatch(/Đang nhập/);
    await page.goto(`${app.url.split('#')[0]}#/schedule/agenda?m=2024-01`);
    await expect.poll(() => page.getByTestId('agenda-count').innerText(), { timeout: 10_000 }).toMatch(/^36[56] mục$/);
  });
});
