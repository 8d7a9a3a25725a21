/**
 * A stand-in for the `electron` module at the boundary (the Electron binary cannot run on these machines).
 * It records what the main process asks of Electron, so tests can assert on it and drive events.
 * Everything behind the boundary (core, SQLite, files) is real.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

// Shared with the worker that plays the utility process (plain CommonJS: a worker cannot load TypeScript).
const { FakeMessagePortMain } = createRequire(import.meta.url)('./message-port.cjs') as {
  FakeMessagePortMain: new (port: MessagePort) => EventEmitter & { nodePort: MessagePort; start(): void; postMessage(m: unknown): void; close(): void };
};

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

class FakeWebContents extends EventEmitter {
  sent: Array<{ channel: string; args: unknown[] }> = [];
  printed: unknown[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = '';
  reloads = 0;
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  print(options: unknown, callback?: (success: boolean, reason: string) => void) {
    this.printed.push(options);
    callback?.(true, '');
  }
  reload() {
    this.reloads += 1;
  }
  getURL() {
    return this.url;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static fromWebContents(contents: unknown) {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }
  webContents = new FakeWebContents();
  options: Record<string, unknown>;
  bounds: Rect;
  maximized = false;
  minimized = false;
  visible = false;
  focused = 0;
  destroyed = false;
  loadedUrl: string | null = null;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    this.bounds = { x: Number(options.x ?? 0), y: Number(options.y ?? 0), width: Number(options.width), height: Number(options.height) };
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.url = url;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused += 1;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

class FakeApp extends EventEmitter {
  paths: Record<string, string> = { documents: os.tmpdir(), userData: os.tmpdir() };
  lockAvailable = true;
  quitCalls = 0;
  exitCode: number | null = null;
  isPackaged = false;
  private readyResolve!: () => void;
  private ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  reset() {
    this.removeAllListeners();
    this.paths = { documents: os.tmpdir(), userData: os.tmpdir() };
    this.lockAvailable = true;
    this.quitCalls = 0;
    this.exitCode = null;
    this.isPackaged = false;
    this.switches = {};
    this.ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  }
  switches: Record<string, string> = {};
  commandLine = { appendSwitch: (name: string, value = '') => void (this.switches[name] = value) };
  setPath(name: string, value: string) {
    this.paths[name] = value;
  }
  getPath(name: string) {
    return this.paths[name] ?? os.tmpdir();
  }
  getAppPath() {
    return process.cwd();
  }
  requestSingleInstanceLock() {
    return this.lockAvailable;
  }
  whenReady() {
    return this.ready;
  }
  /** Test helper: Electron finished starting. */
  fireReady() {
    this.readyResolve();
  }
  quit() {
    this.quitCalls += 1;
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('before-quit', event);
  }
  exit(code: number) {
    this.exitCode = code;
  }
}

export const app = new FakeApp();

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
    this.handlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  listeners: new Map<string, (...args: unknown[]) => unknown>(),
  handle(channel: string, handler: (...args: unknown[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  on(channel: string, listener: (...args: unknown[]) => unknown) {
    this.listeners.set(channel, listener);
  },
};

export const session = {
  defaultSession: {
    requestHandler: null as null | ((...args: unknown[]) => void),
    checkHandler: null as null | ((...args: unknown[]) => boolean),
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      this.requestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.checkHandler = handler;
    },
  },
};

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as Array<{ workArea: Rect }>,
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0]!;
  },
};

export const shell = {
  opened: [] as string[],
  openedPaths: [] as string[],
  async openExternal(url: string) {
    this.opened.push(url);
  },
  async openPath(path: string) {
    this.openedPaths.push(path);
    return '';
  },
};

export const dialog = {
  errors: [] as Array<{ title: string; content: string }>,
  messages: [] as unknown[],
  nextOpen: { canceled: true, filePaths: [] as string[] },
  nextSave: { canceled: true, filePath: '' },
  showErrorBox(title: string, content: string) {
    this.errors.push({ title, content });
  },
  async showMessageBox(...args: unknown[]) {
    this.messages.push(args[args.length - 1]);
    return { response: 0, checkboxChecked: false };
  },
  async showOpenDialog(..._args: unknown[]) {
    return this.nextOpen;
  },
  async showSaveDialog(..._args: unknown[]) {
    return this.nextSave;
  },
};

export const Menu = {
  current: null as unknown,
  buildFromTemplate(template: unknown) {
    return { template };
  },
  setApplicationMenu(menu: unknown) {
    this.current = menu;
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = new EventEmitter();

export class MessageChannelMain {
  port1: InstanceType<typeof FakeMessagePortMain>;
  port2: InstanceType<typeof FakeMessagePortMain>;
  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port1 = new FakeMessagePortMain(port1);
    this.port2 = new FakeMessagePortMain(port2);
  }
}

/**
 * A utility process played by a worker thread running the same bundle (tests/electron/fakes/utility-process-bootstrap.cjs
 * gives it `process.parentPort`). `exit` carries the worker's exit code; kill() terminates it as the OS would.
 */
export class FakeUtilityProcess extends EventEmitter {
  readonly worker: Worker;
  exitCode: number | null = null;
  constructor(
    readonly modulePath: string,
    readonly options: Record<string, unknown>,
  ) {
    super();
    this.worker = new Worker(path.join(__dirname, 'utility-process-bootstrap.cjs'), { workerData: { modulePath } });
    this.worker.on('online', () => this.emit('spawn'));
    this.worker.on('exit', (code) => {
      this.exitCode = code;
      this.emit('exit', code);
    });
  }
  get pid() {
    return this.worker.threadId;
  }
  postMessage(message: unknown, transfer: Array<InstanceType<typeof FakeMessagePortMain>> = []) {
    const ports = transfer.map((p) => p.nodePort);
    this.worker.postMessage({ data: message, ports }, ports);
  }
  kill() {
    void this.worker.terminate();
    return true;
  }
}

export const utilityProcess = {
  children: [] as FakeUtilityProcess[],
  fork(modulePath: string, _args: string[] = [], options: Record<string, unknown> = {}) {
    const child = new FakeUtilityProcess(modulePath, options);
    this.children.push(child);
    return child;
  },
  /** Test helper: end every child without telling anyone (a test's app is gone with its folder). */
  killAll() {
    for (const child of this.children) {
      child.removeAllListeners();
      child.kill();
    }
    this.children = [];
  },
};
export const webUtils = { getPathForFile: (file: { path?: string }) => file.path ?? '' };

/** Test helper: forget everything recorded (the mocked module is shared by the tests of a file). */
export function resetFakes() {
  app.reset();
  BrowserWindow.instances = [];
  protocol.privileged = [];
  protocol.handlers.clear();
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  session.defaultSession.requestHandler = null;
  session.defaultSession.checkHandler = null;
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  shell.opened = [];
  shell.openedPaths = [];
  dialog.errors = [];
  dialog.messages = [];
  Menu.current = null;
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  utilityProcess.killAll();
}

export default {
  app,
  BrowserWindow,
  protocol,
  ipcMain,
  session,
  screen,
  shell,
  dialog,
  Menu,
  contextBridge,
  ipcRenderer,
  webUtils,
  utilityProcess,
  MessageChannelMain,
};
