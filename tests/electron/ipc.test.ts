import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { createInvokeHandler, registerIpc, type Envelope } from '../../electron/main/ipc';
import { createShutdownGate } from '../../electron/main/shutdown-gate';
import { IPC } from '../../shared/contract/ipc-names';

let dir: string;
let core: Core;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-ipc-'));
  core = openCore({ dbFile: path.join(dir, 'test.sqlite') });
});
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never;
const trusted = frame('app://ltt/index.html');

describe('IPC sender check and dispatch', () => {
  it('a call from our app:// page reaches the real core', async () => {
    const invoke = createInvokeHandler({ dispatch: core.dispatch, gate: createShutdownGate() });
    const reply = await invoke(trusted, 'app:info', {});
    expect(reply.ok).toBe(true);
    expect((reply as Extract<Envelope, { ok: true }>).result).toMatchObject({ setupDone: false, schemaVersion: expect.any(Number) });
  });

  it('bad input comes back in the error shape with a Vietnamese message, nothing written', async () => {
    const invoke = createInvokeHandler({ dispatch: core.dispatch, gate: createShutdownGate() });
    const reply = await invoke(trusted, 'app:setup', { orgName: '', userName: 'An', role: 'admin' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((reply as Extract<Envelope, { ok: false }>).error.message).toMatch(/[à-ỹ]/);
    const info = await invoke(trusted, 'app:info', {});
    expect((info as Extract<Envelope, { ok: true }>).result).toMatchObject({ setupDone: false });
  });

  it.each([
    ['a foreign web page', frame('https://evil.example/')],
    ['a file:// page', frame('file:///tmp/index.html')],
    ['another app:// host', frame('app://evil/index.html')],
    ['a look-alike host', frame('app://ltt.evil/index.html')],
    ['a sub-frame of our page', frame('app://ltt/index.html', { url: 'app://ltt/index.html' })],
    ['no frame (navigated away or destroyed)', { senderFrame: null } as never],
    [
      'a frame whose URL cannot be read',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      } as never,
    ],
  ])('refuses %s without calling the core', async (_name, event) => {
    const calls: string[] = [];
    const invoke = createInvokeHandler({
      dispatch: async (channel) => {
        calls.push(channel);
        return { ok: true, result: null };
      },
      gate: createShutdownGate(),
    });
    expect(await invoke(event, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses a channel that is not in the contract', async () => {
    const invoke = createInvokeHandler({ dispatch: core.dispatch, gate: createShutdownGate() });
    for (const channel of ['ltt:invoke', 'app:nope', '__proto__', 'constructor', 42, null]) {
      expect(await invoke(trusted, channel, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('once shutdown has begun, new calls are refused and calls in flight finish first', async () => {
    const gate = createShutdownGate();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const finished: string[] = [];
    const invoke = createInvokeHandler({
      dispatch: async (channel) => {
        await slow;
        finished.push(channel);
        return { ok: true, result: null };
      },
      gate,
    });
    const inFlight = invoke(trusted, 'app:info', {});
    const drained = gate.drain().then(() => finished.length);
    expect(await invoke(trusted, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'db_unavailable' } });
    release();
    expect(await inFlight).toEqual({ ok: true, result: null });
    expect(await drained).toBe(1);
  });

  it('registers the five IPC entry points, each checking the sender', async () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    const listeners = new Map<string, (...args: unknown[]) => unknown>();
    const seen: string[] = [];
    registerIpc({
      ipcMain: { handle: (c: string, h: never) => handlers.set(c, h), on: (c: string, l: never) => listeners.set(c, l) } as never,
      dispatch: core.dispatch,
      gate: createShutdownGate(),
      showDialog: async () => (seen.push('dialog'), '/chosen'),
      print: async () => (seen.push('print'), true),
      dataFile: async () => (seen.push('data-file'), true),
      droppedFile: (p) => void seen.push(`drop:${String(p)}`),
    });
    expect([...handlers.keys()].sort()).toEqual([IPC.dataFile, IPC.dialog, IPC.invoke, IPC.print].sort());
    expect([...listeners.keys()]).toEqual([IPC.droppedFile]);
    const evil = frame('https://evil.example/');
    expect(await handlers.get(IPC.dialog)!(evil, { kind: 'open' })).toBeNull();
    expect(await handlers.get(IPC.print)!(evil)).toBe(false);
    expect(await handlers.get(IPC.dataFile)!(evil, { action: 'open', path: 'exports/a.docx' })).toBeNull();
    listeners.get(IPC.droppedFile)!(evil, '/tmp/a.lttsync');
    expect(seen).toEqual([]);
    expect(await handlers.get(IPC.dialog)!(trusted, { kind: 'open' })).toBe('/chosen');
    expect(await handlers.get(IPC.print)!(trusted)).toBe(true);
    expect(await handlers.get(IPC.dataFile)!(trusted, { action: 'open', path: 'exports/a.docx' })).toBe(true);
    listeners.get(IPC.droppedFile)!(trusted, '/tmp/a.lttsync');
    expect(seen).toEqual(['dialog', 'print', 'data-file', 'drop:/tmp/a.lttsync']);
  });
});
