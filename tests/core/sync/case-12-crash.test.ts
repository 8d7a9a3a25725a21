import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock, Site, tempRoot } from './helpers/site';

// sync.md case 12: a crash (kill -9) mid-import → no partial state; re-import succeeds.
describe('case 12: crash mid-import', () => {
  const sites: Site[] = [];
  afterEach(() => sites.splice(0).forEach((s) => s.close()));

  it('a killed import leaves nothing behind and the same file imports afterwards', async () => {
    const root = tempRoot();
    const clock = new FakeClock();
    const source = new Site(root, 'source', 'org-s', { clock });
    let target = new Site(root, 'target', 'org-h', { clock });
    sites.push(source);
    source.createItem('keep', { title: 'Đã có từ trước' });
    await target.import(source.exportTo(path.join(root, 'x0')).files);
    for (let i = 0; i < 100; i += 1) source.createItem(`r${i}`, { title: `Bài ${i}` });
    const [file] = source.exportTo(path.join(root, 'x1')).files;
    const before = target.dump();
    target.close();

    // The child runs our real import code, bundled (node_modules stay external).
    const outDir = path.join(process.cwd(), '.tmp');
    fs.mkdirSync(outDir, { recursive: true });
    const bundle = path.join(outDir, `crash-child-${process.pid}.mjs`);
    buildSync({
      entryPoints: [path.join(__dirname, 'helpers', 'crash-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: bundle,
      logLevel: 'silent',
    });
    const child = spawn(process.execPath, [bundle, root, 'target', 'org-h', file!], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const outcome = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('MID')) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', (_code, signal) => resolve(signal ?? `exit ${String(_code)} ${out} ${err}`));
    });
    fs.rmSync(bundle, { force: true });
    expect(outcome).toBe('SIGKILL');

    target = new Site(root, 'target', 'org-h', { clock });
    sites.push(target);
    expect(target.dump()).toBe(before);
    expect(target.db.prepare(`SELECT COUNT(*) AS n FROM sync_files WHERE status = 'imported'`).get()).toEqual({ n: 1 });
    const r = await target.import([file!]);
    expect(r).toMatchObject({ applied: 200, rejected: [] });
    expect(target.tableDump()).toBe(source.tableDump());
  });
});
