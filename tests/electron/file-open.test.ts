import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptSyncFilePath, findSyncFileInArgv, MAX_SYNC_FILE_BYTES, readSyncFile } from '../../electron/main/sync-file';
import { createBridge, handleDrop, type IpcLike } from '../../electron/preload/bridge';
import { IPC } from '../../shared/contract/ipc-names';

let dir: string;
let syncFile: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-open-'));
  syncFile = path.join(dir, 'Đài PT-TH tháng 5.lttsync');
  fs.writeFileSync(syncFile, '{}');
  fs.writeFileSync(path.join(dir, 'ke-hoach.docx'), 'x');
  fs.mkdirSync(path.join(dir, 'folder.lttsync'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sync file from the OS', () => {
  it('finds the sync file among launch arguments (Windows "open with", Linux .desktop %f)', () => {
    expect(findSyncFileInArgv(['/opt/app/lich-tuyen-truyen', syncFile])).toBe(syncFile);
    expect(findSyncFileInArgv(['app.exe', '--allow-file-access', '--enable-features=X', syncFile])).toBe(syncFile);
    expect(findSyncFileInArgv(['electron', '.', path.basename(syncFile)], dir)).toBe(syncFile);
  });

  it('ignores arguments that are not an existing sync file', () => {
    expect(findSyncFileInArgv(['app'])).toBeNull();
    expect(findSyncFileInArgv(['app', path.join(dir, 'ke-hoach.docx')])).toBeNull();
    expect(findSyncFileInArgv(['app', path.join(dir, 'missing.lttsync')])).toBeNull();
    expect(findSyncFileInArgv(['app', path.join(dir, 'folder.lttsync')])).toBeNull();
    expect(findSyncFileInArgv([syncFile])).toBeNull(); // argv[0] is the program itself
  });

  it('accepts only a real file path with our extension', () => {
    expect(acceptSyncFilePath(syncFile.replace('.lttsync', '.LTTSYNC'))).toBeNull(); // a different, non-existing name
    expect(acceptSyncFilePath(42)).toBeNull();
    expect(acceptSyncFilePath(`${syncFile}\0.png`)).toBeNull();
    expect(acceptSyncFilePath(syncFile)).toBe(syncFile);
  });
});

function fakeIpc() {
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  let onEvent: ((event: unknown, message: unknown) => void) | null = null;
  const ipc: IpcLike = {
    invoke: async (...args) => (invoked.push(args), { ok: true, result: 'done' }),
    send: (...args) => void sent.push(args),
    on: (channel, listener) => {
      if (channel === IPC.event) onEvent = listener as never;
    },
  };
  const push = (message: unknown) => onEvent!({ sender: 'IPC EVENT OBJECT', ports: [] }, message);
  return { ipc, invoked, sent, push };
}

describe('reading an opened sync file for the import preview', () => {
  it('hands over name and content (base64), as every file travels to the core', () => {
    expect(readSyncFile(syncFile)).toEqual({
      ok: true,
      payload: { path: syncFile, fileName: path.basename(syncFile), contentBase64: Buffer.from('{}').toString('base64') },
    });
  });

  it('refuses a file too large or unreadable with a Vietnamese message', () => {
    const big = path.join(dir, 'big.lttsync');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_SYNC_FILE_BYTES + 1);
    const tooBig = readSyncFile(big);
    expect(tooBig).toMatchObject({ ok: false, message: expect.stringContaining('quá lớn') });
    expect(readSyncFile(path.join(dir, 'gone.lttsync'))).toMatchObject({ ok: false, message: expect.stringContaining('Không đọc được') });
  });
});

describe('preload bridge (window.api)', () => {
  it('forwards contract channels and refuses any other without touching IPC', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createBridge(ipc);
    expect(await api.invoke('app:info', {})).toEqual({ ok: true, result: 'done' });
    expect(invoked).toEqual([[IPC.invoke, 'app:info', {}]]);
    for (const bad of ['ltt:invoke', 'ltt:dialog', 'app:nope', '__proto__', 'toString']) {
      expect(await api.invoke(bad, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(await api.invoke(42 as never)).toMatchObject({ ok: false });
    expect(invoked).toHaveLength(1);
  });

  it('exposes no ipcRenderer and passes listeners only the payload, never the IPC event', () => {
    const { ipc, push } = fakeIpc();
    const api = createBridge(ipc);
    expect(Object.keys(api).sort()).toEqual(['desktop', 'invoke', 'on']);
    expect(Object.keys(api.desktop).sort()).toEqual(['chooseFile', 'chooseFolder', 'chooseSaveFile', 'openDataFile', 'print', 'saveDataFile', 'showDataFile']);
    const received: unknown[][] = [];
    api.on('changed', (...args) => void received.push(args));
    push({ type: 'changed', payload: { channel: 'app:setup' } });
    expect(received).toEqual([[{ channel: 'app:setup' }]]);
  });

  it('keeps an event that arrives before anyone listens (a sync file opened at launch) for the first listener', () => {
    const { ipc, push } = fakeIpc();
    const api = createBridge(ipc);
    push({ type: 'open-file', payload: { path: syncFile } });
    const got: unknown[] = [];
    const off = api.on('open-file', (p) => void got.push(p));
    expect(got).toEqual([{ path: syncFile }]);
    push({ type: 'open-file', payload: { path: 'second' } });
    off();
    push({ type: 'open-file', payload: { path: 'after unsubscribe' } });
    expect(got).toEqual([{ path: syncFile }, { path: 'second' }]);
    push('garbage');
    push({ type: 7 });
  });

  it('dialog and print helpers go to their own IPC channels', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createBridge(ipc);
    await api.desktop.chooseFile({ title: 'Chọn' });
    await api.desktop.chooseSaveFile({ defaultName: 'a.docx', kind: 'open' } as never);
    await api.desktop.print();
    await api.desktop.saveDataFile('exports/bao-cao.docx');
    await api.desktop.openDataFile('exports/bao-cao.docx');
    await api.desktop.showDataFile('exports/bao-cao.docx');
    expect(invoked).toEqual([
      [IPC.dialog, { title: 'Chọn', kind: 'open' }],
      [IPC.dialog, { defaultName: 'a.docx', kind: 'save' }],
      [IPC.print],
      [IPC.dataFile, { action: 'save', path: 'exports/bao-cao.docx' }],
      [IPC.dataFile, { action: 'open', path: 'exports/bao-cao.docx' }],
      [IPC.dataFile, { action: 'show', path: 'exports/bao-cao.docx' }],
    ]);
  });
});

describe('drag and drop onto the window', () => {
  const dropEvent = (names: string[], defaultPrevented = false) => {
    const event = {
      defaultPrevented,
      prevented: false,
      dataTransfer: { files: names.map((name) => ({ name, path: path.join(dir, name) })) },
      preventDefault() {
        this.prevented = true;
      },
    };
    return event;
  };
  const pathOf = (file: File) => (file as unknown as { path: string }).path;

  it('a dropped sync file is sent to the main process by its path', () => {
    const { ipc, sent } = fakeIpc();
    const event = dropEvent(['notes.txt', path.basename(syncFile)]);
    handleDrop(event as never, pathOf, ipc);
    expect(event.prevented).toBe(true);
    expect(sent).toEqual([[IPC.droppedFile, syncFile]]);
  });

  it('other files, or a drop the page already handled, are left alone', () => {
    const { ipc, sent } = fakeIpc();
    handleDrop(dropEvent(['ke-hoach.docx']) as never, pathOf, ipc);
    handleDrop(dropEvent([path.basename(syncFile)], true) as never, pathOf, ipc);
    expect(sent).toEqual([]);
  });
});
