import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fakes/electron';
import { buildCoreBundle } from './fakes/core-bundle';
import { makeXlsx } from '../core/plans/huge-xlsx';

vi.mock('electron', () => import('./fakes/electron'));

/**
 * Issue 19, point 8: the desktop's core runs in its own process. Electron's utilityProcess and MessageChannelMain
 * are played by a worker thread and Node MessagePorts (tests/electron/fakes), so the REAL core-process bundle
 * (serve-core.ts, the production build's options) runs on a real SQLite file behind the real main-side relay.
 */
let fake: typeof FakeElectron;
let relay: typeof import('../../electron/main/core-process');
let bundle: Awaited<ReturnType<typeof buildCoreBundle>>;
let dir: string;
let hugeXlsx: string;

beforeAll(async () => {
  bundle = await buildCoreBundle('core-process');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-core-process-'));
  // 850 000 rows, about 19 MB: refused while it streams, after tens of thousands of rows (the core yields meanwhile).
  hugeXlsx = makeXlsx(850_000).toString('base64');
}, 120_000);
afterAll(() => {
  bundle.remove();
  fs.rmSync(dir, { recursive: true, force: true });
});

let dbFile: string;
beforeEach(async () => {
  fake = (await import('electron')) as unknown as typeof FakeElectron;
  fake.resetFakes();
  relay = await import('../../electron/main/core-process');
  dbFile = path.join(fs.mkdtempSync(path.join(dir, 'db-')), 'data.sqlite');
});
afterEach(() => fake.utilityProcess.killAll());

function start() {
  const events: unknown[] = [];
  const exits: Array<{ code: number; restarting: boolean }> = [];
  const client = relay.startCoreProcess({ modulePath: bundle.file, dbFile, onEvent: (e) => events.push(e), onExit: (e) => exits.push(e) });
  return { client, events, exits };
}

const SETUP = { orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn An', role: 'editor', withSample: false } as const;

describe('the core in its own process', () => {
  it('answers contract calls with the envelope the in-process core gives, and forwards its events', async () => {
    const { client, events } = start();
    const info = await client.ready;
    expect(info).toMatchObject({ dbFile, dataDir: path.dirname(dbFile), schemaVersion: expect.any(Number) });
    expect(client.info()).toEqual(info);
    expect(await client.dispatch('app:setup', SETUP)).toMatchObject({ ok: true });
    const created = await client.dispatch('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-12', title: 'Chuyên mục CCHC tháng 5' });
    expect(created).toMatchObject({ ok: true, result: { title: 'Chuyên mục CCHC tháng 5' } });
    // The core validates as for every other way in: the same Vietnamese message, field named.
    const refused = await client.dispatch('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '12/05/2020', title: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'plannedDate' } } });
    expect(await client.dispatch('no:such', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(events).toContainEqual({ type: 'changed', payload: { channel: 'items:create' } });
    // The menu's backup goes through it too.
    const backup = await client.backupNow();
    expect(fs.existsSync(backup)).toBe(true);
    expect(path.dirname(backup)).toBe(path.join(path.dirname(dbFile), 'backups'));
    await client.close();
  });

  it('a large plan file being read in the core: a read sent after it answers first, and the main thread keeps running', async () => {
    const { client } = start();
    await client.ready;
    await client.dispatch('app:setup', SETUP);
    const order: string[] = [];
    let mainTicks = 0;
    const timer = setInterval(() => (mainTicks += 1), 1);
    const long = client.dispatch('plans:previewImport', { fileName: 'ke-hoach-850k.xlsx', contentBase64: hugeXlsx }).then((r) => {
      order.push(`plan file (main ticks: ${mainTicks > 0 ? 'some' : 'none'})`);
      return r;
    });
    const read = client.dispatch('app:info', {}).then((r) => {
      order.push('read');
      return r;
    });
    const [longReply, readReply] = await Promise.all([long, read]);
    clearInterval(timer);
    expect(readReply).toMatchObject({ ok: true, result: { setupDone: true } });
    expect(longReply).toMatchObject({ ok: false, error: { code: 'import_failed', message: expect.stringMatching(/quá nhiều dòng/) } });
    expect(order).toEqual(['read', 'plan file (main ticks: some)']);
    await client.close();
  });

  it("the main bundle holds no database and no core: no command can run on the window's main process", async () => {
    const { build } = await import('esbuild');
    // @ts-expect-error: a plain .mjs build script (no types)
    const { mainOptions } = await import('../../scripts/build-targets.mjs');
    const result = await build({ ...mainOptions(), outfile: undefined, sourcemap: false, write: false, logLevel: 'silent', metafile: true });
    const inputs = Object.keys(result.metafile!.inputs);
    const required = [...result.outputFiles![0]!.text.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).not.toContain('better-sqlite3');
    expect(inputs).not.toContain('electron/core/core.ts');
    expect(inputs.filter((f) => f.startsWith('electron/core/db/') || f.startsWith('electron/core/services/'))).toEqual([]);
    expect(inputs).toContain('electron/main/core-process.ts');
  });

  it('a core that dies fails its pending calls with db_unavailable and is started again, at most three times', async () => {
    const { client, exits } = start();
    await client.ready;
    await client.dispatch('app:setup', SETUP);
    for (let restart = 1; restart <= 4; restart += 1) {
      const child = fake.utilityProcess.children.at(-1)!;
      const pending = client.dispatch('plans:previewImport', { fileName: 'ke-hoach-850k.xlsx', contentBase64: hugeXlsx });
      child.kill();
      const reply = await pending;
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'db_unavailable', message: expect.stringMatching(/đã dừng đột ngột.*dữ liệu đã lưu không bị mất/) },
      });
      expect(exits).toHaveLength(restart);
      expect(exits.at(-1)!.restarting).toBe(restart <= 3);
      if (restart <= 3) {
        // The new process opened the same database: the setup done before the crash is there.
        expect(fake.utilityProcess.children).toHaveLength(restart + 1);
        expect(await client.dispatch('app:info', {})).toMatchObject({ ok: true, result: { setupDone: true } });
      }
    }
    expect(fake.utilityProcess.children).toHaveLength(4);
    expect(await client.dispatch('app:info', {})).toMatchObject({ ok: false, error: { code: 'db_unavailable' } });
    await client.close();
  });

  it('a restart that cannot open the database again is the end: reported as not restarting, calls answer why', async () => {
    const { client, exits } = start();
    await client.ready;
    // The database goes away under the running core (a pulled disk, a folder put in its place).
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
    fs.mkdirSync(dbFile);
    fake.utilityProcess.children[0]!.kill();
    await new Promise<void>((resolve) => {
      const check = () => (exits.length === 2 ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(exits).toEqual([expect.objectContaining({ restarting: true }), expect.objectContaining({ restarting: false })]);
    expect(fake.utilityProcess.children).toHaveLength(2);
    expect(await client.dispatch('app:info', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/[Cc]ơ sở dữ liệu/) } });
  });

  it('closing lets a write in flight finish, closes the database cleanly (no WAL left) and ends the process', async () => {
    const { client, exits } = start();
    await client.ready;
    await client.dispatch('app:setup', SETUP);
    const write = client.dispatch('settings:set', { values: { 'report.signerName': 'Trần Thị Bình' } });
    const closed = client.close();
    expect(await write).toMatchObject({ ok: true });
    await closed;
    expect(fake.utilityProcess.children[0]!.exitCode).toBe(0);
    expect(exits).toEqual([]);
    expect(await client.dispatch('app:info', {})).toMatchObject({ ok: false, error: { code: 'db_unavailable', message: expect.stringMatching(/đang đóng/) } });
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'report.signerName'").get()).toEqual({ value: 'Trần Thị Bình' });
    db.close();
  });

  it("a database that cannot be opened: the start fails with the core's Vietnamese message, nothing restarts", async () => {
    fs.mkdirSync(dbFile);
    const { client, exits } = start();
    await expect(client.ready).rejects.toMatchObject({ code: expect.stringMatching(/^db_|io_error/), message: expect.stringMatching(/[Cc]ơ sở dữ liệu/) });
    await new Promise((resolve) =>
      fake.utilityProcess.children[0]!.exitCode !== null ? resolve(null) : fake.utilityProcess.children[0]!.once('exit', resolve),
    );
    expect(exits).toEqual([]);
    expect(fake.utilityProcess.children).toHaveLength(1);
    expect(await client.dispatch('app:info', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/[Cc]ơ sở dữ liệu/) } });
  });
});

describe('the wire', () => {
  it('drops what is not one of its messages, on both sides', async () => {
    const { toCoreMessage, fromCoreMessage } = await import('../../electron/core/process/wire');
    expect(toCoreMessage.safeParse({ type: 'call', id: 1, channel: 'app:info', input: {} }).success).toBe(true);
    expect(toCoreMessage.safeParse({ type: 'call', id: -1, channel: 'app:info' }).success).toBe(false);
    expect(toCoreMessage.safeParse({ type: 'eval', code: 'process.exit()' }).success).toBe(false);
    expect(toCoreMessage.safeParse({ type: 'open' }).success).toBe(false);
    expect(fromCoreMessage.safeParse({ type: 'reply', id: 1, ok: false, error: { code: 'x' } }).success).toBe(false);
    expect(fromCoreMessage.safeParse({ type: 'event', event: { type: 'navigate', payload: 'https://x' } }).success).toBe(false);
  });
});
