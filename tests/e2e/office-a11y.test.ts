import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';
import { MAIN_SCREENS, openScreen } from './office-screens';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle; a devDependency (package.json). */
function axeSource(): string | null {
  try {
    return fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    return null;
  }
}
const AXE = axeSource();

interface Violation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

/** Critical and serious violations on what is on screen now (WCAG 2.1 A/AA rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's own Content-Security-Policy (script-src 'self') rightly
  // refuses an injected inline <script>, and the page under test must not be loosened for the test.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE!);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe.skipIf(!AXE)('accessibility of every main screen and dialog (axe-core)', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true } });
    for (const d of ['2020-05-05', '2020-05-12', '2020-05-19']) {
      app.cli(['item', 'add', '--plan', '259/KH-UBND', '--task', '05', '--kind', 'segment', '--outlet', 'tv', '--date', d, '--title', `Chuyên mục CCHC ${d}`]);
    }
    await app.page.locator('.topbar .org').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('no critical or serious violation on any main screen', async () => {
    const found: string[] = [];
    for (const s of MAIN_SCREENS) {
      await openScreen(app.page, s.hash, s.ready);
      for (const v of await seriousViolations(app.page)) found.push(`${s.name}: ${v}`);
    }
    expect(found).toEqual([]);
  });

  it('no critical or serious violation in the dialogs', async () => {
    const { page } = app;
    const found: string[] = [];
    const check = async (name: string) => {
      await page.getByRole('dialog').waitFor();
      for (const v of await seriousViolations(page)) found.push(`${name}: ${v}`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    };
    await openScreen(page, '#/schedule/month?m=2020-05', '[data-testid="month-title"]');
    await page.getByRole('button', { name: '+ Thêm mục', exact: true }).click();
    await check('add item');
    // Saved empty: the worded errors beside the title and the plan task.
    await page.getByRole('button', { name: '+ Thêm mục', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.locator('#task-error').waitFor();
    await page.locator('#title-error').waitFor();
    await check('add item with its errors');
    await page.locator('.day[data-date="2020-05-12"] .chip').first().click();
    await page.getByTestId('item-panel').getByRole('button', { name: 'Sửa' }).click();
    await check('edit item');
    await page.getByTestId('item-panel').getByRole('button', { name: 'Đánh dấu đã phát sóng' }).click();
    await check('mark done');
    await page.getByTestId('item-panel').getByRole('button', { name: 'Hủy…' }).click();
    await check('cancel with reason');
    expect(found).toEqual([]);
  });
});
