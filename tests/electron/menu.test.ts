import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutBoxOptions } from '../../electron/main/about';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu';

function setup(devTools = false) {
  const called: string[] = [];
  const actions = new Proxy({} as MenuActions, { get: (_t, name) => () => void called.push(String(name)) });
  return { template: buildMenuTemplate(actions, { devTools }), called };
}
const label = (item: MenuItemConstructorOptions) => (item.label ?? '').replace('&', '');
const items = (menu: MenuItemConstructorOptions) => (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
const find = (template: MenuItemConstructorOptions[], text: string) =>
  template.flatMap(items).find((i) => label(i) === text) ?? expect.unreachable(`no menu item "${text}"`);

describe('application menu', () => {
  it('has the four Vietnamese menus in order, each with a keyboard mnemonic', () => {
    const { template } = setup();
    expect(template.map(label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    for (const menu of template) expect(menu.label).toContain('&');
  });

  it('uses the usual shortcuts', () => {
    const { template } = setup();
    const expected: Record<string, string> = {
      'Mở tệp đồng bộ…': 'CmdOrCtrl+O',
      'In…': 'CmdOrCtrl+P',
      Thoát: 'CmdOrCtrl+Q',
      'Hoàn tác': 'CmdOrCtrl+Z',
      'Làm lại': 'CmdOrCtrl+Y',
      Cắt: 'CmdOrCtrl+X',
      'Sao chép': 'CmdOrCtrl+C',
      Dán: 'CmdOrCtrl+V',
      'Chọn tất cả': 'CmdOrCtrl+A',
      'Tải lại': 'CmdOrCtrl+R',
      'Phóng to': 'CmdOrCtrl+=',
      'Thu nhỏ': 'CmdOrCtrl+-',
      'Cỡ chữ mặc định': 'CmdOrCtrl+0',
      'Toàn màn hình': 'F11',
      'Hướng dẫn nhanh': 'F1',
    };
    for (const [text, accelerator] of Object.entries(expected)) expect(find(template, text).accelerator).toBe(accelerator);
    const all = template
      .flatMap(items)
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
  });

  it('editing commands use native roles (so they work in every text field)', () => {
    const { template } = setup();
    expect(items(template[1]!).map((i) => i.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('the app commands call their actions', () => {
    const { template, called } = setup();
    for (const text of ['Mở tệp đồng bộ…', 'Sao lưu ngay', 'Mở thư mục dữ liệu', 'In…', 'Hướng dẫn nhanh', 'Giới thiệu']) {
      (find(template, text).click as () => void)();
    }
    expect(called).toEqual(['openSyncFile', 'backupNow', 'openDataFolder', 'print', 'startTour', 'showAbout']);
  });

  it('offers developer tools only in a development run', () => {
    const has = (t: MenuItemConstructorOptions[]) => t.flatMap(items).some((i) => i.role === 'toggleDevTools');
    expect(has(setup(false).template)).toBe(false);
    expect(has(setup(true).template)).toBe(true);
  });
});

describe('About box', () => {
  it('shows the version, the database path and the schema version', () => {
    const box = aboutBoxOptions({
      appVersion: '1.2.3',
      dbFile: '/home/an/.config/LichTuyenTruyen/lich-tuyen-truyen.sqlite',
      dataDir: '/home/an/.config/LichTuyenTruyen',
      schemaVersion: 7,
      versions: { electron: '38.8.6', chrome: '140', node: '22' },
    });
    expect(box.title).toBe('Giới thiệu Lịch Tuyên Truyền');
    expect(box.message).toContain('1.2.3');
    expect(box.detail).toContain('Phiên bản: 1.2.3');
    expect(box.detail).toContain('Cơ sở dữ liệu: /home/an/.config/LichTuyenTruyen/lich-tuyen-truyen.sqlite');
    expect(box.detail).toContain('Phiên bản lược đồ dữ liệu: 7');
    expect(box.buttons).toEqual(['Đóng']);
  });
});
