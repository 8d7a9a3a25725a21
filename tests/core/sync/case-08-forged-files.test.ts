import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Site, T } from './helpers/site';
import { sitesEachTest } from './helpers/sites-each-test';
import { appendRaw, resign } from './helpers/forge';
import { generateKeyPair, keyIdOf } from '../../../electron/core/sync/keys';

// sync.md case 8: a file re-signed by an unknown key, touching another organisation's row,
// or whose header lies about its range or count → refused.
describe('case 8: forged files', () => {
  const offices = sitesEachTest();

  async function setup() {
    const {
      root,
      sites: { station, paper, ha },
    } = offices({ station: 'org-s', paper: 'org-n', ha: 'org-h' });
    station.createItem('s1', { title: 'Của Đài' });
    paper.createItem('n1', { title: 'Của Báo' });
    await ha.import([...station.exportTo(path.join(root, 'xs')).files, ...paper.exportTo(path.join(root, 'xn')).files]);
    const write = (name: string, bytes: Buffer) => {
      const f = path.join(root, 'forged', name);
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, bytes);
      return f;
    };
    return { root, station, paper, ha, write, before: ha.dump() };
  }

  const privateKeyOf = (s: Site) => (s.db.prepare('SELECT private_key FROM install').get() as { private_key: string }).private_key;

  it('refuses a known install re-signed with another key (even with the new key in the header)', async () => {
    const { root, station, ha, write, before } = await setup();
    station.setTitle('s1', 'Giả mạo');
    const real = fs.readFileSync(station.exportTo(path.join(root, 'x2')).files[0]!);
    const evil = generateKeyPair();
    const swapped = write(
      'swapped.lttsync',
      resign(real, evil.privateKey, (h) => ({ ...h, publicKey: evil.publicKey, keyId: keyIdOf(evil.publicKey) })),
    );
    const kept = write('kept.lttsync', resign(real, evil.privateKey));
    const r = await ha.import([swapped, kept], { trustNew: true });
    expect(r.rejected.map((x) => x.code)).toEqual(['key_mismatch', 'bad_signature']);
    expect(r.rejected[0]!.reason).toContain('khóa khác');
    expect(ha.dump()).toBe(before);
  });

  it("refuses a file changing another organisation's row, whichever org it stamps", async () => {
    const { root, paper, ha, before } = await setup();
    // The newspaper's install edits the station's row in its own database (its own core refuses; a modified one would
    // not), and lets the app's exporter sign it. Stamped with the station's organisation: not what its segment says.
    appendRaw(paper, { table: T, rowId: 's1', group: 'title', value: { title: 'Báo sửa bài của Đài' }, org: 'org-s' });
    const r1 = await ha.import(paper.exportTo(path.join(root, 'y1')).files);
    expect(r1.rejected).toEqual([expect.objectContaining({ code: 'bad_origin' })]);
    // Stamped with its own: the row is the station's.
    const other = new Site(root, 'paper2', 'org-n');
    offices.keep(other);
    await other.import(fs.readdirSync(path.join(root, 'xs')).map((n) => path.join(root, 'xs', n)));
    appendRaw(other, { table: T, rowId: 's1', group: 'title', value: { title: 'Báo sửa bài của Đài' } });
    const r2 = await ha.import(other.exportTo(path.join(root, 'y1b')).files);
    expect(r2.rejected).toEqual([expect.objectContaining({ code: 'foreign_row', reason: expect.stringContaining('đơn vị khác') })]);
    expect(ha.dump()).toBe(before);
  });

  it('refuses a file stamping its own org on a row another org created', async () => {
    const { root, ha, before } = await setup();
    const rogue = new Site(root, 'rogue', 'org-n'); // never saw the station's row
    offices.keep(rogue);
    appendRaw(rogue, { table: T, rowId: 's1', group: 'title', value: { title: 'Chiếm bài' } });
    const r = await ha.import(rogue.exportTo(path.join(root, 'y2')).files);
    expect(r.rejected.map((x) => x.code)).toEqual(['foreign_row']);
    expect(ha.dump()).toBe(before);
  });

  it('refuses the local write to another organisation row up front', async () => {
    const { root, paper } = await setup();
    await paper.import(fs.readdirSync(path.join(root, 'xs')).map((n) => path.join(root, 'xs', n)));
    expect(paper.item('s1')?.title).toBe('Của Đài');
    expect(() => paper.setTitle('s1', 'Không được')).toThrow(/đơn vị khác/);
  });

  it('refuses headers that lie about the count, the range or the origins', async () => {
    const { root, station, ha, write, before } = await setup();
    station.setTitle('s1', 'Một');
    station.setTitle('s1', 'Hai');
    const real = fs.readFileSync(station.exportTo(path.join(root, 'x3')).files[0]!);
    const key = privateKeyOf(station);
    const lies = [
      write(
        'count.lttsync',
        resign(real, key, (h) => ({ ...h, count: h.count + 1 })),
      ),
      write(
        'segment.lttsync',
        resign(real, key, (h) => ({ ...h, segments: [...h.segments, h.segments[0]!] })),
      ),
      write(
        'segment-count.lttsync',
        resign(real, key, (h) => ({ ...h, segments: h.segments.map((s) => ({ ...s, statement: { ...s.statement, count: s.statement.count + 1 } })) })),
      ),
      write(
        'length.lttsync',
        resign(real, key, (h) => ({ ...h, bodyLength: h.bodyLength + 1 })),
      ),
    ];
    const r = await ha.import(lies);
    // A duplicated segment: more than the body holds; a statement edited: no longer what its origin signed (the
    // schema already sees its count cannot fit its range); a body length longer than the file: an unfinished copy.
    expect(r.rejected.map((x) => x.code)).toEqual(['range_mismatch', 'bad_origin', 'bad_header', 'incomplete']);
    expect(r.applied).toBe(0);
    expect(ha.dump()).toBe(before);
    // The honest file is fine.
    const ok = await ha.import([write('real.lttsync', real)]);
    expect(ok).toMatchObject({ applied: 2, rejected: [] });
  });

  it('refuses a known install that suddenly claims another organisation', async () => {
    const { root, station, ha, write, before } = await setup();
    station.setTitle('s1', 'Một');
    const real = fs.readFileSync(station.exportTo(path.join(root, 'x4')).files[0]!);
    const r = await ha.import([
      write(
        'org.lttsync',
        resign(real, privateKeyOf(station), (h) => ({ ...h, org: 'org-n' })),
      ),
    ]);
    expect(r.rejected.map((x) => x.code)).toEqual(['org_mismatch']);
    expect(ha.dump()).toBe(before);
  });
});
