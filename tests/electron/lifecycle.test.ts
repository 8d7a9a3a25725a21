import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCoreBundle, until } from './fakes/core-bundle';
import type * as FakeElectron from './fakes/electron';

vi.mock('electron', () => import('./fakes/electron'));

let dir: string;
let syncFile: string;
let fake: typeof FakeElectron;
let lifecycle: typeof import('../../electron/main/lifecycle');

const paths = { preload: '/app/dist/preload/index.cjs', renderer: '/app/dist/renderer', coreProcess: '' };
const env = () => ({ LTT_DATA_DIR: dir, LTT_DB: path.join(dir, 'data.sqlite') });
const trusted = { senderFrame: { url: 'app://ltt/index.html', parent: null } };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

let bundle: Awaited<ReturnType<typeof buildCoreBundle>>;
beforeAll(async () => {
  bundle = await buildCoreBundle('lifecycle');
  paths.coreProcess = bundle.file;
});
afterAll(() => bundle.remove());

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-main-'));
  syncFile = path.join(dir, 'tu-bao.lttsync');
  fs.writeFileSync(syncFile, '{}');
  fake = (await import('electron')) as unknown as typeof FakeElectron;
  fake.resetFakes();
  lifecycle = await import('../../electron/main/lifecycle');
});
afterEach(() => {
  fake.utilityProcess.killAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(argv: string[] = ['lich-tuyen-truyen']) {
  const proc = new EventEmitter();
  expect(lifecycle.runMain(paths, env(), argv, proc as never)).toBe(true);
  fake.app.fireReady();
  // The core opens the database in its own process (a worker thread here) before the window is made.
  await until(() => fake.BrowserWindow.instances.length > 0, 'the window');
  const window = fake.BrowserWindow.instances.at(-1)!;
  return { window, proc };
}

const opened = (file: string) => ({
  type: 'open-file',
  payload: { path: file, fileName: path.basename(file), contentBase64: Buffer.from('{}').toString('base64') },
});
const events = (window: InstanceType<typeof FakeElectron.BrowserWindow>) =>
  window.webContents.sent.filter((m) => m.channel === 'ltt:event').map((m) => m.args[0]);

describe('single instance', () => {
  it('a second launch quits at once and creates nothing', async () => {
    fake.app.lockAvailable = false;
    expect(lifecycle.runMain(paths, env(), ['app', syncFile], new EventEmitter() as never)).toBe(false);
    fake.app.fireReady();
    await settle();
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.protocol.privileged).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('the first instance is focused by a second launch and opens the sync file it was given', async () => {
    const { window } = await start();
    window.minimized = true;
    window.webContents.emit('did-finish-load');
    fake.app.emit('second-instance', {}, ['lich-tuyen-truyen', '--flag', syncFile], dir);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
    expect(events(window)).toEqual([opened(syncFile)]);
    fake.app.emit('second-instance', {}, ['lich-tuyen-truyen'], dir);
    expect(window.focused).toBe(2);
    expect(events(window)).toHaveLength(1);
  });
});

describe('start-up', () => {
  it('uses the shared data folder, the app:// protocol, a secure window, guards, IPC and the menu', async () => {
    const { window } = await start();
    expect(fake.app.getPath('userData')).toBe(dir);
    expect(fake.app.getPath('sessionData')).toBe(path.join(dir, 'chromium'));
    expect(fake.app.switches.lang).toBe('vi');
    expect(fake.protocol.privileged).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(window.loadedUrl).toBe('app://ltt/index.html');
    expect(window.options.webPreferences).toMatchObject({ preload: paths.preload, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(fake.session.defaultSession.checkHandler!({}, 'media', 'app://ltt', {})).toBe(false);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(['ltt:data-file', 'ltt:dialog', 'ltt:invoke', 'ltt:print']);
    const menu = fake.Menu.current as { template: Array<{ label: string }> };
    expect(menu.template.map((m) => m.label.replace('&', ''))).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const reply = await fake.ipcMain.handlers.get('ltt:invoke')!(trusted, 'app:info', {});
    expect(reply).toMatchObject({ ok: true, result: { dbPath: path.join(dir, 'data.sqlite'), setupDone: false } });
  });

  it('a sync file given at launch reaches the renderer once the page has loaded', async () => {
    const { window } = await start(['lich-tuyen-truyen', syncFile]);
    expect(events(window)).toEqual([]);
    window.webContents.emit('did-finish-load');
    expect(events(window)).toEqual([opened(syncFile)]);
  });

  it('a file opened through the OS and a dropped file both go to the import preview; anything else is ignored', async () => {
    const { window } = await start();
    window.webContents.emit('did-finish-load');
    const openFile = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    fake.app.emit('open-file', openFile, syncFile);
    fake.app.emit('open-file', { preventDefault() {} }, path.join(dir, 'other.docx'));
    fake.ipcMain.listeners.get('ltt:dropped-file')!(trusted, syncFile);
    fake.ipcMain.listeners.get('ltt:dropped-file')!(trusted, '/etc/passwd');
    fake.ipcMain.listeners.get('ltt:dropped-file')!({ senderFrame: { url: 'https://evil', parent: null } }, syncFile);
    expect(openFile.prevented).toBe(true);
    expect(events(window)).toEqual([opened(syncFile), opened(syncFile)]);
  });

  it('core events (data changed) are forwarded to the renderer', async () => {
    const { window } = await start();
    window.webContents.emit('did-finish-load');
    const reply = await fake.ipcMain.handlers.get('ltt:invoke')!(trusted, 'settings:set', { values: { language: 'en' } });
    expect(reply).toMatchObject({ ok: true });
    expect(events(window)).toContainEqual({ type: 'changed', payload: { channel: 'settings:set' } });
  });

  it('a database that cannot be opened gives a Vietnamese error box and exits without a window', async () => {
    fs.mkdirSync(path.join(dir, 'data.sqlite'));
    lifecycle.runMain(paths, env(), ['app'], new EventEmitter() as never);
    fake.app.fireReady();
    await until(() => fake.dialog.errors.length > 0, 'the error box');
    expect(fake.dialog.errors).toHaveLength(1);
    expect(fake.dialog.errors[0]!.title).toBe('Không mở được dữ liệu của Lịch Tuyên Truyền');
    expect(fake.dialog.errors[0]!.content).toMatch(/cơ sở dữ liệu|Cơ sở dữ liệu/);
    expect(fake.app.exitCode).toBe(1);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });
});

describe('menu commands on the real database', () => {
  type Item = { label?: string; click?: () => unknown; submenu?: Item[] };
  const menuItem = (text: string) => {
    const template = (fake.Menu.current as { template: Item[] }).template;
    return template.flatMap((m) => m.submenu ?? []).find((i) => i.label === text) ?? expect.unreachable(text);
  };

  it('"Sao lưu ngay" writes a backup into the data folder and says where', async () => {
    await start();
    const atStart = fs.readdirSync(path.join(dir, 'backups')); // the daily automatic backup
    await menuItem('Sao lưu ngay').click!();
    const backups = fs.readdirSync(path.join(dir, 'backups')).filter((f) => !atStart.includes(f));
    expect(backups).toHaveLength(1);
    expect(JSON.stringify(fake.dialog.messages.at(-1))).toContain(path.join(dir, 'backups', backups[0]!));
  });

  it('"Mở thư mục dữ liệu" opens the data folder; "Giới thiệu" shows version, database path and schema version', async () => {
    await start();
    await menuItem('Mở thư mục dữ liệu').click!();
    expect(fake.shell.openedPaths).toEqual([dir]);
    await menuItem('Giới thiệu').click!();
    const about = fake.dialog.messages.at(-1) as { detail: string };
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(about.detail).toContain(`Phiên bản: ${pkg.version}`);
    expect(about.detail).toContain(`Cơ sở dữ liệu: ${path.join(dir, 'data.sqlite')}`);
    expect(about.detail).toMatch(/Phiên bản lược đồ dữ liệu: [1-9]\d*/);
  });

  it('"In…" prints the current view with its backgrounds; "Hướng dẫn nhanh" asks the renderer for the tour', async () => {
    const { window } = await start();
    window.webContents.emit('did-finish-load');
    menuItem('In…').click!();
    expect(window.webContents.printed).toEqual([{ printBackground: true }]);
    menuItem('Hướng dẫn nhanh').click!();
    expect(events(window)).toEqual([{ type: 'tour' }]);
  });
});

describe('window state and closing', () => {
  it('remembers size, position and maximised state across launches', async () => {
    const first = await start();
    first.window.bounds = { x: 200, y: 100, width: 1400, height: 900 };
    first.window.maximized = true;
    first.window.emit('close');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 200, y: 100, width: 1400, height: 900, maximized: true });

    fake.resetFakes();
    const second = await start();
    expect(second.window.options).toMatchObject({ x: 200, y: 100, width: 1400, height: 900 });
    second.window.emit('ready-to-show');
    expect(second.window.maximized).toBe(true);
    expect(second.window.visible).toBe(true);
  });

  it('quitting waits for calls in flight, then closes the database cleanly', async () => {
    await start();
    const invoke = fake.ipcMain.handlers.get('ltt:invoke')!;
    const pending = invoke(trusted, 'settings:set', { values: { 'report.signerName': 'Trần Thị Bình' } });
    fake.app.quit();
    expect(await pending).toMatchObject({ ok: true });
    await until(() => fake.app.quitCalls === 2, 'the second quit');
    expect(fake.app.quitCalls).toBe(2);
    // The core's process closed the database and exited.
    expect(fake.utilityProcess.children.at(-1)!.exitCode).toBe(0);
    expect(await invoke(trusted, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'db_unavailable' } });
    // A clean close checkpoints and removes the write-ahead log.
    expect(fs.existsSync(path.join(dir, 'data.sqlite-wal'))).toBe(false);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(dir, 'data.sqlite'), { readonly: true });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'report.signerName'").get()).toEqual({ value: 'Trần Thị Bình' });
    db.close();
  });

  it('a core process that dies is reported and started again; after three restarts the app says so and closes', async () => {
    await start();
    const invoke = fake.ipcMain.handlers.get('ltt:invoke')!;
    for (let death = 1; death <= 4; death += 1) {
      const child = fake.utilityProcess.children.at(-1)!;
      child.kill();
      await until(
        () => fs.existsSync(path.join(dir, 'crash-reports')) && fs.readdirSync(path.join(dir, 'crash-reports')).length === death,
        `crash report ${death}`,
      );
      if (death <= 3) {
        // The window's calls go on against the new process, on the same database.
        expect(await invoke(trusted, 'app:info', {})).toMatchObject({ ok: true, result: { dbPath: path.join(dir, 'data.sqlite') } });
        expect(fake.dialog.errors).toEqual([]);
      }
    }
    expect(fake.dialog.errors).toEqual([
      expect.objectContaining({ title: 'Phần xử lý dữ liệu của Lịch Tuyên Truyền đã dừng', content: expect.stringMatching(/Dữ liệu đã lưu không bị mất/) }),
    ]);
    expect(fake.utilityProcess.children).toHaveLength(4);
    await until(() => fake.app.quitCalls === 2, 'the app to close');
  });

  it('a crashed page is reported each time and reloaded, but at most three times', async () => {
    const { window } = await start();
    for (let i = 0; i < 5; i++) fake.app.emit('render-process-gone', {}, window.webContents, { reason: 'crashed', exitCode: 11 });
    expect(fs.readdirSync(path.join(dir, 'crash-reports'))).toHaveLength(5);
    expect(window.webContents.reloads).toBe(3);
  });

  it('a main-process exception writes a crash report into the data folder and closes the app', async () => {
    const { proc } = await start();
    proc.emit('uncaughtException', new Error('boom'));
    await until(() => fake.app.quitCalls === 2, 'the second quit');
    const reports = fs.readdirSync(path.join(dir, 'crash-reports'));
    expect(reports).toHaveLength(1);
    expect(fake.dialog.errors[0]!.content).toContain(path.join(dir, 'crash-reports', reports[0]!));
    expect(fake.app.quitCalls).toBe(2);
  });
});
