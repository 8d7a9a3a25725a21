import { channels } from './channel-list';
import { IPC, SYNC_FILE_EXTENSION } from '../../shared/contract/ipc-names';

/** What `window.api` offers the renderer (the renderer's API client mirrors this type). */
export interface DesktopBridge {
  /** One contract call; resolves to the core's envelope `{ ok, result } | { ok: false, error }`. */
  invoke(channel: string, input?: unknown): Promise<unknown>;
  /**
   * Subscribes to events of one type; returns the unsubscribe function. Types: `changed`, `progress` (core),
   * `open-file` ({ path, fileName, contentBase64 }: a sync file opened from the OS or dropped), `tour` (menu: start the guided tour).
   */
  on(type: string, listener: (payload: unknown) => void): () => void;
  /** Desktop-only helpers: native dialogs and printing. */
  desktop: {
    chooseFile(request: { title?: string; filters?: Array<{ name: string; extensions: string[] }> }): Promise<string | null>;
    chooseSaveFile(request: { title?: string; defaultName?: string; filters?: Array<{ name: string; extensions: string[] }> }): Promise<string | null>;
    /** The system's folder dialog; the chosen folder's path or null. */
    chooseFolder(request: { title?: string }): Promise<string | null>;
    print(): Promise<boolean>;
    /** A file the app wrote in its data folder (path relative to it, as the browser host's /files?path=). */
    saveDataFile(relativePath: string): Promise<string | null>;
    openDataFile(relativePath: string): Promise<boolean | null>;
    showDataFile(relativePath: string): Promise<boolean | null>;
  };
}

/** The slice of ipcRenderer the bridge uses (injected so the bridge is testable without Electron). */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowed = new Set<string>(channels);

function refused(channel: unknown) {
  return {
    ok: false as const,
    error: { code: 'unknown_channel', message: `Yêu cầu không hợp lệ: kênh "${String(channel).slice(0, 80)}" không tồn tại.` },
  };
}

/**
 * Builds `window.api`. IMPORTANT (security.md item 20): neither ipcRenderer nor the IPC event object ever
 * reaches the page — listeners receive only the payload, and only contract channels can be invoked.
 * Events that arrive before anyone listens for their type (e.g. a sync file opened at launch) are kept
 * and handed to the first listener.
 */
export function createBridge(ipc: IpcLike): DesktopBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const early = new Map<string, unknown[]>();

  ipc.on(IPC.event, (_event, message) => {
    if (typeof message !== 'object' || message === null) return;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string') return;
    const set = listeners.get(type);
    if (set && set.size > 0) for (const listener of [...set]) listener(payload);
    else early.set(type, [...(early.get(type) ?? []), payload].slice(-20));
  });

  return {
    invoke(channel, input) {
      if (typeof channel !== 'string' || !allowed.has(channel)) return Promise.resolve(refused(channel));
      return ipc.invoke(IPC.invoke, channel, input);
    },
    on(type, listener) {
      if (typeof type !== 'string' || typeof listener !== 'function') return () => undefined;
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener);
      const waiting = early.get(type);
      if (waiting) {
        early.delete(type);
        for (const payload of waiting) listener(payload);
      }
      return () => {
        set.delete(listener);
      };
    },
    desktop: {
      chooseFile: (request) => ipc.invoke(IPC.dialog, { ...request, kind: 'open' }) as Promise<string | null>,
      chooseSaveFile: (request) => ipc.invoke(IPC.dialog, { ...request, kind: 'save' }) as Promise<string | null>,
      chooseFolder: (request) => ipc.invoke(IPC.dialog, { ...request, kind: 'folder' }) as Promise<string | null>,
      print: () => ipc.invoke(IPC.print) as Promise<boolean>,
      saveDataFile: (relativePath) => ipc.invoke(IPC.dataFile, { action: 'save', path: relativePath }) as Promise<string | null>,
      openDataFile: (relativePath) => ipc.invoke(IPC.dataFile, { action: 'open', path: relativePath }) as Promise<boolean | null>,
      showDataFile: (relativePath) => ipc.invoke(IPC.dataFile, { action: 'show', path: relativePath }) as Promise<boolean | null>,
    },
  };
}

/** A sync file dropped anywhere on the window that the page itself did not handle goes to the import preview. */
export function handleDrop(event: DragEvent, pathForFile: (file: File) => string, ipc: Pick<IpcLike, 'send'>): void {
  if (event.defaultPrevented) return;
  const files = event.dataTransfer ? [...event.dataTransfer.files] : [];
  const sync = files.find((file) => file.name.toLowerCase().endsWith(SYNC_FILE_EXTENSION));
  if (!sync) return;
  event.preventDefault();
  const filePath = pathForFile(sync);
  if (filePath) ipc.send(IPC.droppedFile, filePath);
}
