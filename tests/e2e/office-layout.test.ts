import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';
import { itemAddArgs } from '../cli/helpers/item-add';
import { MAIN_SCREENS, dialogsScrollingSideways, documentOverflow, offenders, openScreen, tinyText } from './office-screens';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

describe.each(SIZES)('on an office screen of $width×$height', (size) => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An', withSample: true }, viewport: size });
    const add = (date: string, title: string) => app.cli(itemAddArgs({ kind: 'segment', outlet: 'tv', date, time: '19:45', title }));
    for (let d = 4; d <= 29; d += 3)
      expect(add(`2020-05-${String(d).padStart(2, '0')}`, `Chuyên mục Cải cách hành chính kỳ ngày ${d}/5 — thủ tục một cửa liên thông`).code).toBe(0);
    await app.page.locator('.topbar .org').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('no main screen scrolls as a whole; only the page body does', async () => {
    const bad: string[] = [];
    for (const s of MAIN_SCREENS) {
      await openScreen(app.page, s.hash, s.ready);
      const o = await documentOverflow(app.page);
      if (o.x > 0 || o.y > 0 || o.pageX > 0)
        bad.push(`${s.name}: window +${o.x}px sideways, +${o.y}px down; page body +${o.pageX}px sideways ${(await offenders(app.page)).join(', ')}`);
      for (const v of await tinyText(app.page)) bad.push(`${s.name}: text under 13 px ${v}`);
      await app.screenshot(`office-${s.name}-${size.width}`);
    }
    expect(bad).toEqual([]);
  });

  it('the add-item dialog never scrolls sideways', async () => {
    await openScreen(app.page, '#/schedule/month?m=2020-05', '[data-testid="month-title"]');
    await app.page.getByRole('button', { name: '+ Thêm mục', exact: true }).click();
    await app.page.getByRole('dialog').waitFor();
    await app.page.waitForTimeout(200);
    expect(await dialogsScrollingSideways(app.page)).toEqual([]);
    expect(await documentOverflow(app.page)).toEqual({ x: 0, y: 0, pageX: 0 });
    await app.screenshot(`office-add-item-${size.width}`);
    await app.page.keyboard.press('Escape');
  });

  it('the edit dialog (kind, outlet, time and duration on one row) never scrolls sideways', async () => {
    await openScreen(app.page, '#/schedule/month?m=2020-05', '[data-testid="month-title"]');
    await app.page.locator('.day[data-date="2020-05-04"] .chip').first().click();
    await app.page.getByTestId('item-panel').getByRole('button', { name: 'Sửa' }).click();
    await app.page.getByRole('dialog').waitFor();
    await app.page.waitForTimeout(200);
    expect(await dialogsScrollingSideways(app.page)).toEqual([]);
    expect(await documentOverflow(app.page)).toEqual({ x: 0, y: 0, pageX: 0 });
    await app.screenshot(`office-edit-item-${size.width}`);
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
  });
});
