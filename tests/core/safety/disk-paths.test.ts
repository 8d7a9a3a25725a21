import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { exportNow } from '../../../electron/core/services/sync-service';
import { checkFile } from '../../../electron/cli/commands/check';
import { runCli } from '../../../electron/cli/program';
import { fillDisk, mountTmpfs, mountUnavailableReason, unmount } from './disk-helpers';

/**
 * Issue 19, point 6, on the production paths (core.dispatch, the bundled import worker, openCore,
 * `ltt check`) and a real tmpfs that fills up: each says the disk is full in the one shared wording,
 * never `internal` or SQLite's "disk I/O error", and leaves no temporary file behind.
 */
const reason = mountUnavailableReason();
const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'core', 'import-worker.cjs');
const mounts: string[] = [];
const cores: Core[] = [];
afterAll(() => {
  cores.forEach((c) => c.close());
  mounts.forEach(unmount);
});

function tmpFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(tmp|part)$/.test(f) || /(^|\/)\.restore-/.test(f));
}

async function setup(dir: string, org: string, extra: { importWorker?: string; now?: () => Date } = {}): Promise<Core> {
  const core = openCore({ dbFile: path.join(dir, 'data.sqlite'), ...extra });
  cores.push(core);
  await core.call('app:setup', { orgName: org, userName: `Người dùng ${org}`, role: 'editor', withSample: false });
  return core;
}

describe.skipIf(reason !== null)(`disk full on the real write paths (tmpfs)${reason ? ` — bỏ qua: ${reason}` : ''}`, () => {
  it('evidence: the disk message, no partial evidence/…/*.tmp, the item unchanged; works once space is freed', async () => {
    const disk = mountTmpfs(4096);
    mounts.push(disk);
    const core = await setup(disk, 'Đài PTTH');
    const item = await core.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-15', title: 'Chuyên mục CCHC' });
    const filler = fillDisk(disk);
    fs.truncateSync(filler, fs.statSync(filler).size - 64 * 1024);
    const scan = Buffer.alloc(1024 * 1024, 7).toString('base64');
    const r = await core.dispatch('items:markDone', { id: item.id, at: '2020-05-15', evidence: { fileName: 'ban-chup.png', contentBase64: scan } });
    expect(r).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/minh chứng.*ổ đĩa đã đầy/) } });
    expect(tmpFiles(disk)).toEqual([]);
    expect((await core.call('items:get', { id: item.id })).status).toBe('planned');
    fs.rmSync(filler);
    const ok = await core.call('items:markDone', { id: item.id, at: '2020-05-15', evidence: { fileName: 'ban-chup.png', contentBase64: scan } });
    expect(ok.status).toBe('done');
  });

  it.skipIf(!fs.existsSync(WORKER))('a sync import in the bundled worker on a full disk: io_error with the disk message, nothing applied', async () => {
    let clock = Date.UTC(2020, 5, 20, 3, 0, 0);
    const now = () => new Date((clock += 1000));
    const station = await setup(fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-disk-st-')), 'Đài PTTH', { now });
    for (let i = 0; i < 300; i += 1)
      await station.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-04', title: `Chuyên mục kỳ ${i} — ${'nội dung '.repeat(24)}` });
    const [file] = exportNow(station.ctx, fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-disk-out-'))).files;
    const disk = mountTmpfs(8192);
    mounts.push(disk);
    const office = await setup(disk, 'Sở Nội vụ', { importWorker: WORKER, now });
    const via: string[] = [];
    office.onEvent((e) => {
      const p = e.payload as { phase?: string; via?: string } | undefined;
      if (p?.phase === 'started' && p.via) via.push(p.via);
    });
    const before = office.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get();
    const filler = fillDisk(disk);
    fs.truncateSync(filler, fs.statSync(filler).size - 3 * fs.statSync(file!).size);
    const upload = [{ fileName: path.basename(file!), contentBase64: fs.readFileSync(file!).toString('base64') }];
    const r = await office.dispatch('sync:import', { files: upload, trustNew: true });
    expect(via).toEqual(['worker']);
    expect(r).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/ổ đĩa đã đầy/) } });
    expect(office.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual(before);
    fs.rmSync(filler);

    // No room even for the uploaded copy: no truncated file is left in the inbox for a retry to import
    // as a damaged one; once there is room the same upload imports.
    fs.rmSync(path.join(disk, 'sync', 'inbox'), { recursive: true });
    const full = fillDisk(disk);
    const refused = await office.dispatch('sync:import', { files: upload, trustNew: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/ổ đĩa đã đầy/) } });
    expect(tmpFiles(disk)).toEqual([]);
    expect(fs.readdirSync(path.join(disk, 'sync', 'inbox'))).toEqual([]);
    fs.rmSync(full);
    const again = await office.call('sync:import', { files: upload, trustNew: true });
    expect(again).toMatchObject({ rejected: [] });
    expect(again.applied).toBeGreaterThan(0);
  });

  it('opening and `ltt check` at 0 bytes free: the disk message, not "disk I/O error" or an internal error', async () => {
    const disk = mountTmpfs(4096);
    mounts.push(disk);
    const dbFile = path.join(disk, 'data.sqlite');
    const core = await setup(disk, 'Đài PTTH');
    core.close();
    cores.splice(cores.indexOf(core), 1);
    for (const f of [`${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
    const filler = fillDisk(disk);
    let error: { code?: string; message: string } | null = null;
    try {
      cores.push(openCore({ dbFile }));
    } catch (e) {
      error = e as { code?: string; message: string };
    }
    expect(error).toMatchObject({ code: 'io_error', message: expect.stringMatching(/ổ đĩa đã đầy/) });
    expect(error!.message).not.toMatch(/disk I\/O error/);
    expect(() => checkFile(dbFile)).toThrow(/ổ đĩa đã đầy/);
    const out = { stdout: '', stderr: '' };
    const code = await runCli(['--db', dbFile, '--json', 'check'], { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) }, {});
    expect(code).toBe(1);
    expect(JSON.parse(out.stdout).error).toMatchObject({ code: 'io_error' });
    fs.rmSync(filler);
    expect(checkFile(dbFile).ok).toBe(true);
  });
});
