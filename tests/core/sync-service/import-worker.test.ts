import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { exportNow, importPaths } from '../../../electron/core/services/sync-service';
import { canonicalJson } from '../../../electron/core/sync/canonical-json';

const repo = path.resolve(__dirname, '../../..');
// Inside the repository so the bundle finds node_modules, as the real one in dist/core does.
const workerFile = path.join(repo, 'dist', 'test-workers', `import-worker-${process.pid}.cjs`);
const brokenWorker = path.join(repo, 'dist', 'test-workers', `broken-${process.pid}.cjs`);

/**
 * The import as the built app runs it: in a worker thread on its own connection to the same file. The result
 * must be the same database as an in-process import, commands wait for it, and a worker that cannot start
 * leaves the import to run in-process.
 */
describe('sync import in a worker thread', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-import-worker-'));
  let clock = Date.UTC(2020, 5, 20, 3, 0, 0);
  const now = () => new Date((clock += 1000));
  const cores: Core[] = [];
  let files: string[] = [];
  let changes = 0;

  const ranIn = new Map<Core, string[]>();
  async function open(name: string, org: string, importWorker?: string): Promise<Core> {
    const core = openCore({ dbFile: path.join(root, name, 'data.sqlite'), now, importWorker });
    cores.push(core);
    ranIn.set(core, []);
    core.onEvent((e) => {
      const p = e.payload as { kind?: string; phase?: string; via?: string } | undefined;
      if (e.type === 'progress' && p?.kind === 'sync-import' && p.phase === 'started') ranIn.get(core)!.push(p.via!);
      if (e.type === 'progress' && p?.kind === 'sync-import' && p.phase === 'finished') ranIn.get(core)!.push('finished');
    });
    await core.call('app:setup', { orgName: org, userName: `Người dùng ${name}`, role: 'editor', withSample: false });
    return core;
  }

  const dump = (core: Core) => {
    const q = (sql: string) => core.ctx.db.prepare(sql).all();
    return canonicalJson({
      items: q('SELECT * FROM items ORDER BY id'),
      groups: q("SELECT * FROM row_groups WHERE tbl = 'items' ORDER BY tbl, row_id, grp"),
      // What came from the station (each Home Affairs install also holds its own first-run setup).
      log: core.ctx.db
        .prepare(
          'SELECT install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, supersedes FROM change_log WHERE install_id <> ? ORDER BY install_id, seq',
        )
        .all(core.ctx.installId),
    });
  };

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(workerFile), { recursive: true });
    await build({
      entryPoints: [path.join(repo, 'electron/core/sync/import-worker.ts')],
      outfile: workerFile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
    });
    fs.writeFileSync(brokenWorker, "throw new Error('cannot load');\n");
    const station = await open('station', 'Đài Phát thanh và Truyền hình tỉnh');
    for (let i = 1; i <= 40; i += 1) {
      const item = await station.call('items:create', {
        kind: 'segment',
        outlet: 'tv',
        plannedDate: `2020-05-${String((i % 28) + 1).padStart(2, '0')}`,
        title: `Chuyên mục CCHC kỳ ${i}`,
      });
      if (i % 3 === 0) await station.call('items:markDone', { id: item.id, at: '2020-05-28' });
    }
    const r = exportNow(station.ctx, path.join(root, 'out'));
    files = r.files;
    changes = r.changes;
  });
  afterAll(() => {
    cores.forEach((c) => c.close());
    fs.rmSync(workerFile, { force: true });
    fs.rmSync(`${workerFile}.map`, { force: true });
    fs.rmSync(brokenWorker, { force: true });
  });

  it('gives the same database as an in-process import, and commands issued meanwhile wait for it', async () => {
    const viaWorker = await open('ha-worker', 'Sở Nội vụ', workerFile);
    const inProcess = await open('ha-plain', 'Sở Nội vụ');
    const done: string[] = [];
    viaWorker.onEvent((e) => {
      const channel = (e.payload as { channel?: string } | undefined)?.channel;
      if (e.type === 'changed' && channel) done.push(channel);
    });
    const upload = files.map((f) => ({ fileName: path.basename(f), contentBase64: fs.readFileSync(f).toString('base64') }));
    const importing = viaWorker.dispatch('sync:import', { files: upload, trustNew: true });
    // A command sent while the import runs waits for it (it would otherwise meet the worker's write lock).
    const command = viaWorker.dispatch('settings:set', { values: { 'ui.note': 'đặt trong lúc nhập' } });
    const [result, set] = await Promise.all([importing, command]);
    expect(set.ok).toBe(true);
    expect(done).toEqual(['sync:import', 'settings:set']);
    expect(result).toMatchObject({ ok: true, result: { applied: changes, duplicates: 0, rejected: [] } });
    await importPaths(inProcess.ctx, files, true);
    expect(dump(viaWorker)).toBe(dump(inProcess));
    expect((viaWorker.ctx.db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n).toBe(40);
    expect(ranIn.get(viaWorker)).toEqual(['worker', 'finished']);
    expect(ranIn.get(inProcess)).toEqual(['in-process', 'finished']);

    // The main connection's write path carries on after the worker's import (numbers, clock).
    const mine = await viaWorker.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2020-06-01', title: 'Bài của Sở' });
    expect(mine.id).toBeTruthy();
    expect(await importPaths(viaWorker.ctx, files, true)).toMatchObject({ applied: 0, duplicates: changes, rejected: [] });
  });

  it('refuses a damaged file the same way in the worker', async () => {
    const core = await open('ha-damaged', 'Sở Nội vụ', workerFile);
    const bytes = fs.readFileSync(files[0]!);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0x10;
    const bad = path.join(root, 'bad.lttsync');
    fs.writeFileSync(bad, bytes);
    const before = dump(core);
    const r = await importPaths(core.ctx, [bad], true);
    expect(r.rejected).toEqual([{ file: bad, reason: expect.stringMatching(/bị hỏng/) }]);
    expect(dump(core)).toBe(before);
    expect(ranIn.get(core)).toEqual(['worker', 'finished']);
  });

  it('imports in-process when the worker cannot start', async () => {
    const core = await open('ha-fallback', 'Sở Nội vụ', brokenWorker);
    expect(await importPaths(core.ctx, files, true)).toMatchObject({ applied: changes, rejected: [] });
    expect(ranIn.get(core)).toEqual(['in-process', 'finished']);
  });
});
