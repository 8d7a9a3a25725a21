import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, tempRoot } from './helpers/site';
import { resign, splitFile } from './helpers/forge';

/**
 * The import applies each change as it reads it and checks the body against its signature at the end, inside one
 * transaction. A file longer than one read chunk shows what that must mean: whatever goes wrong midway, nothing stays
 * applied, and the reason given is the true one (a sender's bad line, or damage on the way).
 */
describe('a problem midway through a large body', () => {
  const root = tempRoot();
  const clock = new FakeClock();
  let station: Site;
  let target: Site;
  let good: Buffer;
  let before: string;
  let n = 0;

  beforeAll(() => {
    station = new Site(root, 'station', 'org-s', { clock });
    target = new Site(root, 'target', 'org-h', { clock });
    // Random titles do not compress: the body spans more than one 256 KB read chunk.
    for (let i = 0; i < 2500; i += 1) station.createItem(`r${i}`, { title: crypto.randomBytes(120).toString('hex') });
    good = fs.readFileSync(station.exportTo(path.join(root, 'out')).files[0]!);
    expect(splitFile(good).body.length).toBeGreaterThan(256 * 1024);
    before = target.dump();
  });
  afterAll(() => {
    station.close();
    target.close();
  });

  const privateKey = () => (station.db.prepare('SELECT private_key FROM install').get() as { private_key: string }).private_key;

  async function importBytes(bytes: Buffer) {
    const file = path.join(root, 'in', `f${(n += 1)}.lttsync`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    return target.import([file], { trustNew: true });
  }

  /** The station's file with one line replaced, correctly compressed and signed: what a buggy sender would produce. */
  function signedWithLine(lineNo: number, replace: (line: string) => string): Buffer {
    const lines = zlib.gunzipSync(splitFile(good).body).toString('utf8').split('\n');
    lines[lineNo - 1] = replace(lines[lineNo - 1]!);
    const plain = Buffer.from(lines.join('\n'), 'utf8');
    const body = zlib.gzipSync(plain);
    return resign(
      good,
      privateKey(),
      (h) => ({ ...h, bodyLength: body.length, plainLength: plain.length, bodySha256: crypto.createHash('sha256').update(body).digest('hex') }),
      body,
    );
  }

  it('names the line a signed file got wrong, even thousands of changes in, and applies nothing', async () => {
    const late = signedWithLine(4000, (l) => l.replace('"seq":', '"seq":-'));
    const r = await importBytes(late);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ code: 'bad_change', reason: expect.stringMatching(/dòng 4000/) });
    expect(r.applied).toBe(0);
    expect(target.dump()).toBe(before);
  });

  it('calls a bad line in a body that no longer matches its signature damage, not the sender’s mistake', async () => {
    const late = signedWithLine(5, (l) => l.replace('"seq":', '"seq":-'));
    const damaged = Buffer.from(late);
    damaged[damaged.length - 100]! ^= 0x40; // far past line 5: found only by hashing the rest
    const r = await importBytes(damaged);
    expect(r.rejected[0]).toMatchObject({ code: 'damaged' });
    expect(target.dump()).toBe(before);
  });

  it('rolls back thousands of applied changes when the end of the body turns out damaged', async () => {
    const damaged = Buffer.from(good);
    damaged[damaged.length - 20]! ^= 0x01;
    const r = await importBytes(damaged);
    expect(r.rejected[0]).toMatchObject({ code: 'damaged' });
    expect(target.dump()).toBe(before);
  });

  it('imports the intact file afterwards', async () => {
    const r = await importBytes(good);
    expect(r).toMatchObject({ applied: 5000, rejected: [] });
    expect(target.item('r2499')).toBeTruthy();
  });
});
