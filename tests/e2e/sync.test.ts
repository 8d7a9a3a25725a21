import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLtt, startApp, type AppHandle, cliJson as json } from './fixtures';
import { itemAddArgs } from '../cli/helpers/item-add';
import { shortFingerprint } from '../../shared/domain/sync/fingerprint';

/**
 * Đồng bộ in Chromium: the app is the station's first PC; a second station PC (its own database,
 * driven by the real CLI) shares a folder with it. Accept the new PC's key, see a conflict and
 * resolve it, see a quarantined file's reason.
 */
const ORG = 'Đài Phát thanh và Truyền hình tỉnh';

describe('Đồng bộ screen', () => {
  let app: AppHandle;
  let folder: string;
  let pc2: string;
  let itemId: string;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-e2e-sync-'));
    folder = path.join(dir, 'shared');
    fs.mkdirSync(folder);
    pc2 = path.join(dir, 'pc2', 'data.sqlite');
    fs.mkdirSync(path.dirname(pc2));
    expect(runLtt(pc2, ['init', '--org', ORG, '--user', 'Trần Văn Bình', '--with-sample']).code).toBe(0);
    itemId = json<{ id: string }>(
      runLtt(pc2, ['--json', ...itemAddArgs({ kind: 'talkshow', outlet: 'tv', date: '2026-12-10', title: 'Tọa đàm dịch vụ công' })]),
    ).id;
    expect(runLtt(pc2, ['sync', 'folder', folder]).code).toBe(0);
    expect(runLtt(pc2, ['sync', 'run']).code).toBe(0);
    app = await startApp({ setup: { org: ORG, user: 'Nguyễn Văn An', withSample: true } });
    expect(app.cli(['sync', 'folder', folder]).code).toBe(0);
    await app.page.goto(`${app.url.split('#')[0]}#/sync`);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('accepts a new computer only after showing its fingerprint', async () => {
    const page = app.page;
    const fp = json<{ me: { fingerprint: string } }>(runLtt(pc2, ['--json', 'sync', 'status'])).me.fingerprint;
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    const pending = page.getByRole('region', { name: 'Máy mới gửi tệp — cần bạn xác nhận' });
    await pending.waitFor();
    // Shown in 6 readable groups; the full value one click away.
    await expect.poll(() => pending.textContent()).toContain(shortFingerprint(fp));
    expect(shortFingerprint(fp)).toMatch(/^([0-9a-f]{4} ){5}[0-9a-f]{4}$/);
    await pending.getByRole('button', { name: 'Xem đầy đủ' }).click();
    await expect.poll(() => pending.textContent()).toContain(fp);
    await app.screenshot('sync-pending');
    expect(json<unknown[]>(app.cli(['--json', 'item', 'list', '--month', '2026-12']))).toEqual([]);
    await pending.getByRole('button', { name: `Chấp nhận ${ORG}` }).click();
    await pending.waitFor({ state: 'detached' });
    await expect.poll(() => json<Array<{ id: string }>>(app.cli(['--json', 'item', 'list', '--month', '2026-12'])).map((i) => i.id)).toEqual([itemId]);
    await expect.poll(() => page.locator('.sync-table').first().textContent()).toContain('Đã tin cậy');
  });

  it('shows a conflict with both values and resolves it by keeping the replaced one', async () => {
    const page = app.page;
    expect(app.cli(['item', 'status', itemId, 'in_production']).code).toBe(0);
    expect(runLtt(pc2, ['item', 'status', itemId, 'ready']).code).toBe(0); // later: wins
    expect(runLtt(pc2, ['sync', 'run']).code).toBe(0);
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    const tab = page.getByRole('link', { name: 'Xung đột (1)' });
    await tab.waitFor();
    await tab.click();
    const card = page.getByRole('article', { name: 'Tọa đàm dịch vụ công' });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toMatch(/Đang dùng.*Trạng thái: Sẵn sàng.*Bị thay.*Trạng thái: Đang sản xuất/s);
    await app.screenshot('sync-conflict');
    await card.locator('.sync-version', { hasText: 'Bị thay' }).getByRole('button', { name: 'Giữ bản này' }).click();
    await page.getByText('Không có xung đột nào.').waitFor();
    await expect.poll(() => json<Array<{ status: string }>>(app.cli(['--json', 'item', 'list', '--month', '2026-12']))[0]?.status).toBe('in_production');
    expect(json<unknown[]>(app.cli(['--json', 'sync', 'conflicts']))).toEqual([]);
  });

  it('lists a damaged file in quarantine with the reason in Vietnamese', async () => {
    const page = app.page;
    const original = fs.readdirSync(folder).find((n) => n.endsWith('.lttsync'))!;
    const text = fs.readFileSync(path.join(folder, original)).toString('latin1').replace('"createdAt":"20', '"createdAt":"19');
    fs.writeFileSync(path.join(folder, 'x_tampered_1-1_00000000.lttsync'), Buffer.from(text, 'latin1'));
    await page.getByRole('link', { name: 'Tình trạng' }).click();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    const tab = page.getByRole('link', { name: 'Tệp bị cách ly (1)' });
    await tab.waitFor();
    await tab.click();
    const row = page.getByRole('row', { name: /x_tampered_1-1_00000000/ });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Chữ ký của tệp không khớp');
    await app.screenshot('sync-quarantine');
    // Nothing in the shared folder was deleted.
    expect(fs.readdirSync(folder)).toContain(original);
  });

  it("replaces this computer's key only after a confirm; the other PC takes the new key from the next sync", async () => {
    const page = app.page;
    const mine = () => json<{ me: { fingerprint: string; installId: string } }>(app.cli(['--json', 'sync', 'status'])).me;
    const before = mine();
    await page.getByRole('link', { name: 'Đơn vị và khóa' }).click();
    const button = page.getByRole('button', { name: 'Đổi khóa…' });
    page.once('dialog', (d) => void d.dismiss());
    await button.click();
    expect(mine().fingerprint).toBe(before.fingerprint);
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await button.click();
    await page.getByText(/Đã đổi khóa\. Khóa cũ chỉ còn hiệu lực cho các thay đổi đến số \d+/).waitFor();
    expect(asked).toMatch(/không hoàn tác được/);
    const after = mine();
    expect(after.fingerprint).not.toBe(before.fingerprint);
    await app.screenshot('sync-rotate-key');
    // The next sync carries the announcement: the other PC now knows this one by its new key.
    await page.getByRole('link', { name: 'Tình trạng' }).click();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect.poll(() => json<{ lastExportAt: string | null }>(app.cli(['--json', 'sync', 'status'])).lastExportAt).not.toBeNull();
    // (The damaged file of the test before is still in the folder: the only refusal.)
    const run = json<{ rejected: Array<{ file: string }> }>(runLtt(pc2, ['--json', 'sync', 'run']));
    expect(run.rejected.map((r) => path.basename(r.file)).filter((n) => !n.startsWith('x_tampered'))).toEqual([]);
    const known = json<Array<{ installId: string; fingerprint: string }>>(runLtt(pc2, ['--json', 'sync', 'trust', '--list']));
    expect(known.find((k) => k.installId === after.installId)?.fingerprint).toBe(after.fingerprint);
  });
});
