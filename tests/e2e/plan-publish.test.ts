import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle, cliJson as json } from './fixtures';

/**
 * The built-in sample plan stays on this computer until the office publishes it: the plan page says so and publishes
 * it with one button; the next sync export then carries it.
 */
describe('publishing the built-in sample plan', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says the sample is local, publishes it, and the next export carries it', async () => {
    const { page } = app;
    const [plan] = json<Array<{ id: string }>>(app.cli(['--json', 'plan', 'list']));
    const before = json<{ changes: number }>(app.cli(['--json', 'sync', 'export', '--out', path.join(app.dir, 'out1')])).changes;
    await page.goto(`${app.url.split('#')[0]}#/plans/${encodeURIComponent(plan!.id)}`);
    const note = page.getByRole('note').filter({ hasText: 'chỉ có trên máy này' });
    await note.waitFor();
    await note.getByRole('button', { name: 'Phát hành kế hoạch' }).click();
    await note.waitFor({ state: 'detached' });
    const after = json<{ changes: number }>(app.cli(['--json', 'sync', 'export', '--out', path.join(app.dir, 'out2')])).changes;
    // The plan, its tasks and its directory entries now travel (before, only the organisation's own row did).
    expect(after).toBeGreaterThan(50);
    expect(before).toBeLessThan(10);
  });
});
