import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BODY_BYTES } from '../../../electron/core/sync/body-in-worker';
import { FakeClock, Site, tempRoot } from './helpers/site';
import { resign, splitFile } from './helpers/forge';

const repo = path.resolve(__dirname, '../../..');
// Inside the repository so the bundle finds node_modules, as the real one in dist/core does.
const parseWorker = path.join(repo, 'dist', 'test-workers', `parse-worker-${process.pid}.cjs`);

/**
 * A large file's body is read on the parse worker while the import applies it. Whatever the path, the database must
 * come out the same and a bad file must be refused for the same reason; a missing worker means the in-thread path.
 */
describe('a large sync file read on the parse worker', () => {
  const root = tempRoot();
  const clock = new FakeClock();
  const sites: Site[] = [];
  let station: Site;
  let good: Buffer;
  let n = 0;

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(parseWorker), { recursive: true });
    await build({
      entryPoints: [path.join(repo, 'electron/core/sync/parse-worker.ts')],
      outfile: parseWorker,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
    });
    station = new Site(root, 'station', 'org-s', { clock });
    sites.push(station);
    // Random titles do not compress, so the body is over the size at which the worker is used.
    for (let i = 0; i < 7500; i += 1) station.createItem(`r${i}`, { title: crypto.randomBytes(225).toString('base64') });
    for (let i = 0; i < 7500; i += 7) station.setTitle(`r${i}`, `Sửa lần hai ${i}`);
    good = fs.readFileSync(station.exportTo(path.join(root, 'out')).files[0]!);
    expect(splitFile(good).body.length).toBeGreaterThan(PARALLEL_MIN_BODY_BYTES);
  });
  afterAll(() => {
    sites.forEach((s) => s.close());
    fs.rmSync(parseWorker, { force: true });
  });

  function fileOf(bytes: Buffer): string {
    const file = path.join(root, 'in', `f${(n += 1)}.lttsync`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    return file;
  }

  function target(): Site {
    const s = new Site(root, `t${(n += 1)}`, 'org-h', { clock, installId: 'i-target' });
    sites.push(s);
    return s;
  }

  it('gives the same database as reading the body on the import thread, with the same counts and progress', async () => {
    const file = fileOf(good);
    const viaWorker = target();
    const inThread = target();
    let lastProgress = 0;
    const a = await viaWorker.import([file], { trustNew: true, parseWorker, onApplied: (k) => (lastProgress = k) });
    const b = await inThread.import([file], { trustNew: true });
    expect(a).toMatchObject({ applied: splitFile(good).header.count, duplicates: 0, rejected: [] });
    expect(a.applied).toBe(b.applied);
    expect(lastProgress).toBe(a.applied);
    expect(viaWorker.dump()).toBe(inThread.dump());
    // And again: all duplicates, found as the worker hands them over.
    expect(await viaWorker.import([fileOf(Buffer.concat([good]))], { trustNew: true, parseWorker })).toMatchObject({ applied: 0, rejected: [] });
  });

  it('refuses a bad line and a damaged body for the same reasons as the import thread, changing nothing', async () => {
    const lines = zlib.gunzipSync(splitFile(good).body).toString('utf8').split('\n');
    lines[2999] = lines[2999]!.replace('"seq":', '"seq":-');
    const plain = Buffer.from(lines.join('\n'), 'utf8');
    const body = zlib.gzipSync(plain);
    const key = (station.db.prepare('SELECT private_key FROM install').get() as { private_key: string }).private_key;
    const badLine = resign(
      good,
      key,
      (h) => ({ ...h, bodyLength: body.length, plainLength: plain.length, bodySha256: crypto.createHash('sha256').update(body).digest('hex') }),
      body,
    );
    const damaged = Buffer.from(good);
    damaged[damaged.length - 50]! ^= 0x10;
    for (const [bytes, code, reason] of [
      [badLine, 'bad_change', /dòng 3000/],
      [damaged, 'damaged', /hỏng/],
    ] as const) {
      const viaWorker = target();
      const inThread = target();
      const before = viaWorker.dump();
      const file = fileOf(bytes);
      const a = await viaWorker.import([file], { trustNew: true, parseWorker });
      const b = await inThread.import([file], { trustNew: true });
      expect(a.rejected[0]).toMatchObject({ code, reason: expect.stringMatching(reason) });
      expect(b.rejected[0]).toMatchObject({ code: a.rejected[0]!.code, reason: a.rejected[0]!.reason });
      expect(viaWorker.dump()).toBe(before);
    }
  });

  it('reads the body on the import thread when the worker is not there', async () => {
    const s = target();
    expect(await s.import([fileOf(good)], { trustNew: true, parseWorker: path.join(root, 'no-such-worker.cjs') })).toMatchObject({
      applied: splitFile(good).header.count,
      rejected: [],
    });
  });
});
