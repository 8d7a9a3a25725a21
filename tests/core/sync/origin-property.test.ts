import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, tempRoot } from './helpers/site';
import { resign, splitFile } from './helpers/forge';
import { addInstall } from '../../../electron/core/sync/trust-store';
import { generateKeyPair, keyIdOf } from '../../../electron/core/sync/keys';
import { signSegment } from '../../../electron/core/sync/segments';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import { gunzipSync, gzipSync } from 'node:zlib';
import crypto from 'node:crypto';

/**
 * For any set of honest files plus any forged segments, imported in any order, the result equals importing the
 * honest files alone. Forgeries: a relayed segment whose changes were altered (the file re-signed by the relay),
 * a segment re-signed by the relay in the origin's name, an origin's statement stretched over more changes, and a
 * segment of an install nobody accepted.
 */
describe('origin authentication, property', () => {
  const root = tempRoot('ltt-origin-prop-');
  const clock = new FakeClock();
  const station = new Site(root, 'station', 'org-s', { clock });
  const paper = new Site(root, 'paper', 'org-n', { clock });
  const opened: Site[] = [station, paper];
  afterAll(() => opened.forEach((s) => s.close()));

  const keyOf = (s: Site) =>
    s.db.prepare('SELECT public_key AS publicKey, private_key AS privateKey FROM install').get() as { publicKey: string; privateKey: string };

  // Honest history: both offices edit their own items.
  const honest: string[] = [];
  station.createItem('s1', { title: 'Đài 1', slot: ['2020-05-04', '20:00', 30] });
  paper.createItem('n1', { title: 'Báo 1' });
  honest.push(...station.exportTo(path.join(root, 'h1')).files, ...paper.exportTo(path.join(root, 'h2')).files);
  station.setTitle('s1', 'Đài 2');
  station.createItem('s2', { title: 'Đài thêm' });
  const stationSecond = station.exportTo(path.join(root, 'h3')).files;
  honest.push(...stationSecond);

  const write = (name: string, bytes: Buffer) => {
    const f = path.join(root, 'forged', name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, bytes);
    return f;
  };
  const withBody = (file: string, edit: (plain: string) => string, header: (h: FileHeader) => FileHeader = (h) => h): Buffer => {
    const parts = splitFile(fs.readFileSync(file));
    const plain = Buffer.from(edit(gunzipSync(parts.body).toString('utf8')), 'utf8');
    const body = gzipSync(plain);
    return resign(
      fs.readFileSync(file),
      keyOf(paper).privateKey,
      (h) =>
        header({
          ...h,
          install: paper.installId,
          org: 'org-n',
          publicKey: keyOf(paper).publicKey,
          keyId: keyIdOf(keyOf(paper).publicKey),
          bodyLength: body.length,
          plainLength: plain.length,
          bodySha256: crypto.createHash('sha256').update(body).digest('hex'),
        }),
      body,
    );
  };
  const target = stationSecond[0]!;
  const ghost = generateKeyPair();
  const forged = [
    // The relay alters a change of the station's segment and signs the file as itself.
    write(
      'altered.lttsync',
      withBody(target, (p) => p.replace('Đài 2', 'Báo viết thay')),
    ),
    // The relay re-signs the station's segment statement with its own key.
    write(
      'resigned.lttsync',
      withBody(
        target,
        (p) => p,
        (h) => ({ ...h, segments: h.segments.map((s) => signSegment(s.statement, keyOf(paper).privateKey)) }),
      ),
    ),
    // The relay drops a change and stretches nothing: the count no longer matches what the station signed.
    write(
      'dropped.lttsync',
      withBody(
        target,
        (p) => p.split('\n').slice(1).join('\n'),
        (h) => ({ ...h, count: h.count - 1 }),
      ),
    ),
    // An install nobody accepted, with a valid signature of its own.
    write(
      'ghost.lttsync',
      withBody(
        target,
        (p) => p,
        (h) => ({
          ...h,
          segments: h.segments.map((s) =>
            signSegment({ ...s.statement, install: 'ghost', publicKey: ghost.publicKey, keyId: keyIdOf(ghost.publicKey) }, ghost.privateKey),
          ),
        }),
      ),
    ),
  ];

  async function importInto(files: readonly string[]): Promise<string> {
    const ha = new Site(root, `ha-${crypto.randomUUID()}`, 'org-h', { clock });
    opened.push(ha);
    const now = new Date(clock.t).toISOString();
    for (const s of [station, paper])
      addInstall(ha.db, { install: s.installId, org: s.org, orgName: null, installName: s.name, publicKey: keyOf(s).publicKey }, 'trusted', now);
    for (const f of files) await ha.import([f], { trustNew: false });
    const dump = JSON.stringify({
      items: ha.db.prepare('SELECT * FROM sync_test_items ORDER BY id').all(),
      groups: ha.db.prepare('SELECT * FROM row_groups ORDER BY tbl, row_id, grp').all(),
      log: ha.db.prepare('SELECT install_id, seq, hash FROM change_log ORDER BY install_id, seq').all(),
      conflicts: ha.openConflicts(),
    });
    ha.close();
    return dump;
  }

  it('any order of honest and forged files gives what the honest files alone give', async () => {
    const reference = await importInto(honest);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...honest, ...forged], { minLength: honest.length + forged.length }), fc.subarray(forged), async (order, twice) => {
        expect(await importInto([...order, ...twice])).toBe(reference);
      }),
      { numRuns: 20 },
    );
  });
});
