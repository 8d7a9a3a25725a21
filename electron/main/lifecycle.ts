import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { defaultDataDir, resolveDbPath } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { toApiError } from '../../shared/contract/errors';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { installCrashHandlers } from './crash-handlers';
import { showFileDialog } from './dialogs';
import { registerIpc } from './ipc';
import { createMainWindow, type MainWindow, type ShellEvent } from './main-window';
import { buildMenuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { nativeBindingFor } from './native-binding';
import { attachNavigationGuards } from './navigation-guards';
import { denyAllPermissions } from './permissions';
import { createShutdownGate } from './shutdown-gate';
import { startCoreProcess, type CoreClient, type CoreInfo } from './core-process';
import { writeCrashReport } from './crash-reports';
import { claimSingleInstance } from './single-instance';
import { acceptSyncFilePath, findSyncFileInArgv, readSyncFile } from './sync-file';
import { handleDataFile } from './data-files';
import { installReportHooks } from './report-hooks';

const MAX_RENDERER_RELOADS = 3;
const SHUTDOWN_WAIT_MS = 30_000;

export interface MainPaths {
  preload: string;
  renderer: string;
  /** The core's own process (dist/core/core-process.cjs). */
  coreProcess: string;
  icon?: string;
}

/**
 * Built layout: dist/main/index.cjs beside dist/preload and dist/renderer (also inside the installed app's ASAR).
 * The window icon comes from the repo in development and from the installer's resources folder when installed.
 */
export function builtPaths(mainDir: string, appPath: string, packagedResources?: string): MainPaths {
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    renderer: path.join(mainDir, '..', 'renderer'),
    coreProcess: path.join(mainDir, '..', 'core', 'core-process.cjs'),
    icon: packagedResources ? path.join(packagedResources, 'icon.png') : path.join(appPath, 'resources', 'icons', 'png', '256x256.png'),
  };
}

/** Starts the desktop app. Returns false when another instance already runs (this one quits). */
export function runMain(
  paths: MainPaths,
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv,
  proc: Pick<NodeJS.Process, 'on'> = process,
): boolean {
  // Same folder as the CLI's default, so both open the same database; set before the single-instance lock uses it.
  app.setPath('userData', defaultDataDir(env));
  // Chromium's own files (caches, local storage) go to a subfolder, so the data folder people open holds only our data.
  app.setPath('sessionData', path.join(defaultDataDir(env), 'chromium'));
  // Vietnamese first whatever the computer's language: date fields show dd/MM/yyyy, spellcheck and menus follow.
  app.commandLine.appendSwitch('lang', 'vi');

  let core: CoreClient | null = null;
  let main: MainWindow | null = null;
  const early: ShellEvent[] = [];
  const gate = createShutdownGate();
  let rendererReloads = 0;
  const send = (event: ShellEvent) => (main ? main.send(event) : early.push(event));
  const openSyncFile = (file: string | null) => {
    if (!file) return;
    const read = readSyncFile(file);
    if (read.ok) send({ type: 'open-file', payload: read.payload });
    else dialog.showErrorBox('Không mở được tệp đồng bộ', read.message);
  };

  if (
    !claimSingleInstance(app, (file) => {
      main?.focus();
      openSyncFile(file);
    })
  )
    return false;

  registerAppScheme(protocol);
  const dataDir = () => core?.info()?.dataDir ?? app.getPath('userData');
  installCrashHandlers({
    app,
    proc,
    dataDir,
    appVersion: APP_VERSION,
    onFatal: (file) => {
      dialog.showErrorBox(
        'Lịch Tuyên Truyền gặp lỗi và sẽ đóng',
        `Dữ liệu đã lưu không bị mất. ${file ? `Báo cáo lỗi được lưu tại:\n${file}` : ''}\nHãy mở lại ứng dụng; nếu lỗi lặp lại, gửi tệp báo cáo cho bộ phận kỹ thuật.`,
      );
      app.quit();
    },
    // Reload the page after a renderer crash, but not forever: a page that keeps crashing stays down.
    onRendererGone: () => {
      if (rendererReloads++ < MAX_RENDERER_RELOADS) main?.window.webContents.reload();
    },
  });

  // macOS and Linux desktops hand a double-clicked file to the running app through 'open-file'.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openSyncFile(acceptSyncFilePath(file));
  });
  app.on('web-contents-created', (_event, contents) => attachNavigationGuards(contents, shell));
  app.on('window-all-closed', () => app.quit());

  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (gate.closing) return;
    // Let every contract call already running finish its transaction, then close the database cleanly.
    // A call that never settles must not keep the app open for ever: close after SHUTDOWN_WAIT_MS at most.
    const waited = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref?.());
    void Promise.race([gate.drain(), waited])
      .then(() => core?.close())
      .then(() => {
        closed = true;
        app.quit();
      });
  });

  void app.whenReady().then(async () => {
    // IMPORTANT: the core runs in a process of its own (core-process.ts), so a slow command never freezes the window.
    core = startCoreProcess({
      modulePath: paths.coreProcess,
      dbFile: resolveDbPath({ env }),
      nativeBinding: nativeBindingFor(env, app.isPackaged),
      onEvent: (event) => send(event),
      onExit: ({ code, restarting }) => {
        writeCrashReport(dataDir(), { kind: 'child-process-gone', details: { process: 'core', code, restarting }, appVersion: APP_VERSION, now: new Date() });
        if (restarting) return;
        dialog.showErrorBox(
          'Phần xử lý dữ liệu của Lịch Tuyên Truyền đã dừng',
          'Dữ liệu đã lưu không bị mất. Ứng dụng sẽ đóng; hãy mở lại. Nếu lỗi lặp lại, gửi các tệp trong thư mục crash-reports của thư mục dữ liệu cho bộ phận kỹ thuật.',
        );
        app.quit();
      },
    });
    const opened = core;
    let info: CoreInfo;
    try {
      info = await opened.ready;
    } catch (error) {
      dialog.showErrorBox('Không mở được dữ liệu của Lịch Tuyên Truyền', toApiError(error).message);
      closed = true;
      app.exit(1);
      return;
    }
    denyAllPermissions(session.defaultSession);
    installAppProtocol(protocol, paths.renderer);
    registerIpc({
      ipcMain,
      dispatch: (channel, input) => opened.dispatch(channel, input),
      gate,
      showDialog: (event, request) => showFileDialog(dialog, BrowserWindow.fromWebContents(event.sender), request, app.getPath('documents')),
      print: (event) => new Promise((resolve) => event.sender.print({ printBackground: true }, (success) => resolve(success))),
      dataFile: (event, request) =>
        handleDataFile(
          { dialog, shell, window: BrowserWindow.fromWebContents(event.sender), dataDir: info.dataDir, documentsDir: app.getPath('documents') },
          request,
        ),
      droppedFile: (file) => openSyncFile(acceptSyncFilePath(file)),
    });
    const actions = createMenuActions({
      window: () => main?.window ?? null,
      core: () => core,
      appVersion: APP_VERSION,
      openSyncFile,
      startTour: () => send({ type: 'tour' }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, { devTools: !app.isPackaged })));
    installReportHooks(shell, () => main?.window ?? null);

    main = createMainWindow(info.dataDir, { preload: paths.preload, icon: paths.icon });
    for (const event of early.splice(0)) main.send(event);
    openSyncFile(findSyncFileInArgv(argv, process.cwd()));
  });
  return true;
}
