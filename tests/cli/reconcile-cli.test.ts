import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeCount, signedInCore } from './helpers/db';
import { ltt } from './helpers/ltt';
import { seedFixture } from '../core/reconcile/seed';
import { stationFixture } from '../fixtures/reconcile/generate';

async function seeded() {
  const { dir, file, core } = await signedInCore();
  const fx = stationFixture();
  await seedFixture(core, fx);
  core.close();
  const log = path.join(dir, fx.fileName);
  fs.writeFileSync(log, fx.text);
  return { dir, file, log };
}

describe('ltt reconcile', () => {
  it('prints the proposals as JSON and writes nothing; --confirm-confident marks the confident ones', async () => {
    const { file, log } = await seeded();
    const before = changeCount(file);
    const dry = await ltt(file, 'reconcile', log, '--outlet', 'tv', '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    const p = JSON.parse(dry.stdout) as {
      counts: Record<string, number>;
      proposals: Array<{ line: number; kind: string }>;
      confirmed: unknown;
      format: string;
    };
    expect(p).toMatchObject({ format: 'csv', counts: { confident: 9, doubtful: 2, new: 3 }, confirmed: null });
    expect(changeCount(file)).toBe(before);

    const run = await ltt(file, '--json', 'reconcile', log, '--outlet', 'tv', '--confirm-confident');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ confirmed: { marked: 9, created: 0 } });
    expect(changeCount(file)).toBeGreaterThan(before);
    const done = await ltt(file, '--json', 'item', 'list', '--status', 'done');
    expect((JSON.parse(done.stdout) as unknown[]).length).toBe(9);

    const imports = await ltt(file, '--json', 'reconcile-imports');
    const [imp] = imports.json<Array<{ id: string; marked: number; undoneAt: string | null }>>();
    expect(imp).toMatchObject({ marked: 9, undoneAt: null });
    const undo = await ltt(file, 'reconcile-undo', imp!.id);
    expect(undo.stdout).toBe('Đã hoàn tác: 9 mục mở lại, 0 mục thêm mới đã xóa.\n');
    expect((await ltt(file, '--json', 'item', 'list', '--status', 'done')).json<unknown[]>()).toEqual([]);
    const again = await ltt(file, 'reconcile-undo', imp!.id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã được hoàn tác');
  });

  it('exit 1 with a Vietnamese reason on a file it cannot read; 2 on wrong usage', async () => {
    const { dir, file } = await seeded();
    const missing = await ltt(file, 'reconcile', path.join(dir, 'khong-co.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp nhật ký');
    const junk = path.join(dir, 'junk.bin');
    fs.writeFileSync(junk, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
    const bin = await ltt(file, 'reconcile', junk);
    expect(bin.code).toBe(1);
    expect(bin.stderr).toContain('dữ liệu nhị phân');
    // A 100 MB log is refused from its size, before being read.
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 100 * 1024 * 1024);
    const huge = await ltt(file, 'reconcile', big);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toContain('quá lớn (100.0 MB, tối đa 20 MB)');
    expect((await ltt(file, 'reconcile', big, '--outlet', 'radio1')).code).toBe(2);
    expect((await ltt(file, 'reconcile', big, '--dry-run', '--confirm-confident')).code).toBe(2);
  });

  it('is listed in ltt --help', async () => {
    const { file } = await seeded();
    const help = await ltt(file, '--help');
    expect(help.stdout).toMatch(/reconcile \[options\] <file>/);
  });
});
