import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installCrashHandlers } from '../../electron/main/crash-handlers';
import { CRASH_DIR } from '../../electron/main/crash-reports';
import { dialogRequest, showFileDialog } from '../../electron/main/dialogs';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-crash-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function install() {
  const app = new EventEmitter();
  const proc = new EventEmitter();
  const fatal: Array<string | null> = [];
  const rendererGone: Array<string | null> = [];
  let tick = 0;
  installCrashHandlers({
    app: app as never,
    proc: proc as never,
    dataDir: () => dir,
    appVersion: '0.1.0',
    now: () => new Date(Date.UTC(2026, 4, 1, 6, 0, tick++)),
    onFatal: (file) => fatal.push(file),
    onRendererGone: (file) => rendererGone.push(file),
  });
  const reports = () =>
    fs.existsSync(path.join(dir, CRASH_DIR))
      ? fs
          .readdirSync(path.join(dir, CRASH_DIR))
          .sort()
          .map((f) => JSON.parse(fs.readFileSync(path.join(dir, CRASH_DIR, f), 'utf8')))
      : [];
  return { app, proc, fatal, rendererGone, reports };
}

describe('crash reports', () => {
  it('a main-process exception is written to the data folder with its stack, then handled as fatal', () => {
    const { proc, fatal, reports } = install();
    proc.emit('uncaughtException', new Error('hỏng rồi'));
    const [report] = reports();
    expect(report).toMatchObject({ kind: 'uncaught-exception', appVersion: '0.1.0', details: { error: { message: 'hỏng rồi' } } });
    expect(report.details.error.stack).toContain('hỏng rồi');
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toBe(path.join(dir, CRASH_DIR, fs.readdirSync(path.join(dir, CRASH_DIR))[0]!));
  });

  it('a renderer or helper that dies is reported; a clean exit is not', () => {
    const { app, rendererGone, reports } = install();
    app.emit('render-process-gone', {}, { getURL: () => 'app://ltt/index.html' }, { reason: 'crashed', exitCode: 139 });
    app.emit('render-process-gone', {}, {}, { reason: 'clean-exit', exitCode: 0 });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'oom', exitCode: 1 });
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    expect(reports().map((r) => [r.kind, r.details.reason])).toEqual([
      ['render-process-gone', 'crashed'],
      ['child-process-gone', 'oom'],
    ]);
    expect(reports()[0].details.url).toBe('app://ltt/index.html');
    expect(rendererGone).toHaveLength(1);
  });

  it('an unwritable data folder does not turn a crash into a second crash', () => {
    fs.writeFileSync(path.join(dir, CRASH_DIR), 'not a folder');
    const { proc, fatal } = install();
    expect(() => proc.emit('uncaughtException', new Error('x'))).not.toThrow();
    expect(fatal).toEqual([null]);
  });
});

describe('file dialogs', () => {
  const fakeDialog = () => {
    const calls: Array<{ kind: string; options: Record<string, unknown> }> = [];
    return {
      calls,
      showOpenDialog: async (options: Record<string, unknown>) => (
        calls.push({ kind: 'open', options }),
        { canceled: false, filePaths: ['/home/an/ke-hoach.docx'] }
      ),
      showSaveDialog: async (options: Record<string, unknown>) => (
        calls.push({ kind: 'save', options }),
        { canceled: false, filePath: '/home/an/bao-cao.docx' }
      ),
    };
  };

  it('open: returns the chosen file, with the requested filters plus "all files"', async () => {
    const dialog = fakeDialog();
    const chosen = await showFileDialog(
      dialog as never,
      null,
      { kind: 'open', title: 'Chọn kế hoạch', filters: [{ name: 'Word', extensions: ['docx'] }] },
      '/home/an',
    );
    expect(chosen).toBe('/home/an/ke-hoach.docx');
    expect(dialog.calls[0]!.options).toMatchObject({
      title: 'Chọn kế hoạch',
      filters: [
        { name: 'Word', extensions: ['docx'] },
        { name: 'Tất cả các tệp', extensions: ['*'] },
      ],
    });
  });

  it('save: only a file name is suggested; the user picks the folder', async () => {
    const dialog = fakeDialog();
    expect(await showFileDialog(dialog as never, null, { kind: 'save', defaultName: 'bao-cao-thang-5.docx' }, '/home/an/Documents')).toBe(
      '/home/an/bao-cao.docx',
    );
    expect(dialog.calls[0]!.options.defaultPath).toBe(path.join('/home/an/Documents', 'bao-cao-thang-5.docx'));
  });

  it('refuses malformed requests without showing anything', async () => {
    const dialog = fakeDialog();
    for (const bad of [
      null,
      { kind: 'delete' },
      { kind: 'save', defaultName: '../../.bashrc' },
      { kind: 'save', defaultName: '/etc/passwd' },
      { kind: 'save', defaultName: 'C:\\Windows\\x.dll' },
      { kind: 'open', filters: [{ name: 'x', extensions: ['*.exe;rm'] }] },
      { kind: 'open', properties: ['multiSelections'] },
    ]) {
      expect(dialogRequest.safeParse(bad).success).toBe(false);
      expect(await showFileDialog(dialog as never, null, bad, '/home/an')).toBeNull();
    }
    expect(dialog.calls).toEqual([]);
  });

  it('a folder dialog picks a folder (the sync folder)', async () => {
    const dialog = fakeDialog();
    await showFileDialog(dialog as never, null, { kind: 'folder', title: 'Chọn thư mục…' }, '/home/an');
    expect(dialog.calls[0]!.options).toMatchObject({ title: 'Chọn thư mục…', properties: ['openDirectory', 'createDirectory'] });
    expect(dialogRequest.safeParse({ kind: 'folder', defaultPath: '/etc' }).success).toBe(false);
  });

  it('a cancelled dialog gives null', async () => {
    const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true, filePath: '' }) };
    expect(await showFileDialog(dialog as never, null, { kind: 'open' }, '/')).toBeNull();
    expect(await showFileDialog(dialog as never, null, { kind: 'save' }, '/')).toBeNull();
  });
});
