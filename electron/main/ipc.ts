import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { isChannel } from '../../shared/contract';
import type { ApiErrorShape } from '../../shared/contract/errors';
import { IPC } from '../../shared/contract/ipc-names';
import { isTrustedSender } from './ipc-sender';
import type { ShutdownGate } from './shutdown-gate';

export type Envelope = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'on'>;
  dispatch: (channel: string, input: unknown) => Promise<Envelope>;
  gate: ShutdownGate;
  /** Shows a native dialog for the sender's window; input is validated inside. */
  showDialog: (event: IpcMainInvokeEvent, request: unknown) => Promise<string | null>;
  print: (event: IpcMainInvokeEvent) => Promise<boolean>;
  /** Save a copy of / open / show a file of the data folder; input is validated inside. */
  dataFile: (event: IpcMainInvokeEvent, request: unknown) => Promise<string | boolean | null>;
  /** A file dropped on the window; the path is validated inside. */
  droppedFile: (path: unknown) => void;
}

const FORBIDDEN: Envelope = {
  ok: false,
  error: { code: 'forbidden', message: 'Yêu cầu bị từ chối: không đến từ giao diện của ứng dụng.' },
};
const CLOSING: Envelope = {
  ok: false,
  error: { code: 'db_unavailable', message: 'Ứng dụng đang đóng nên không thực hiện yêu cầu này. Hãy mở lại ứng dụng rồi thử lại.' },
};

function unknownChannel(channel: unknown): Envelope {
  return {
    ok: false,
    error: { code: 'unknown_channel', message: `Yêu cầu không hợp lệ: kênh "${String(channel).slice(0, 80)}" không tồn tại.` },
  };
}

/** The contract call: sender checked first on every call, then the channel name, then the core validates the input. */
export function createInvokeHandler(deps: Pick<IpcDeps, 'dispatch' | 'gate'>) {
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: unknown, input: unknown): Promise<Envelope> => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    if (!isChannel(channel)) return unknownChannel(channel);
    const running = deps.gate.run(() => deps.dispatch(channel, input));
    return running ?? CLOSING;
  };
}

export function registerIpc(deps: IpcDeps): void {
  deps.ipcMain.handle(IPC.invoke, createInvokeHandler(deps));
  deps.ipcMain.handle(IPC.dialog, async (event: IpcMainInvokeEvent, request: unknown) => {
    if (!isTrustedSender(event)) return null;
    return deps.showDialog(event, request);
  });
  deps.ipcMain.handle(IPC.print, async (event: IpcMainInvokeEvent) => {
    if (!isTrustedSender(event)) return false;
    return deps.print(event);
  });
  deps.ipcMain.handle(IPC.dataFile, async (event: IpcMainInvokeEvent, request: unknown) => {
    if (!isTrustedSender(event)) return null;
    return deps.dataFile(event, request);
  });
  deps.ipcMain.on(IPC.droppedFile, (event: IpcMainEvent, path: unknown) => {
    if (!isTrustedSender(event)) return;
    deps.droppedFile(path);
  });
}
