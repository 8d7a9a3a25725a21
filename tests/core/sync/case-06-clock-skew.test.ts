import path from 'node:path';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock, Site, T, tempRoot } from './helpers/site';
import { decodeHlc } from '../../../shared/domain/hlc';
import { ChangeWriter } from '../../../electron/core/sync/write-path';

// sync.md case 6: a sender 3 h ahead is fine; a year ahead is quarantined and does not move our clock;
// 65,536 changes in one millisecond are ordered (pure clock: tests/shared/hlc.test.ts; write path below).
describe('case 6: clock skew', () => {
  const sites: Site[] = [];
  afterEach(() => sites.splice(0).forEach((s) => s.close()));

  it('accepts a sender 3 hours ahead and its later edits still order after ours', async () => {
    const root = tempRoot();
    const here = new FakeClock();
    const ahead = new FakeClock(here.t + 3 * 3600_000);
    const a = new Site(root, 'a', 'org-s', { clock: here });
    const b = new Site(root, 'b', 'org-s', { clock: ahead });
    sites.push(a, b);
    b.createItem('r1', { title: 'Từ máy nhanh giờ' });
    const r = await a.import(b.exportTo(path.join(root, 'x')).files);
    expect(r).toMatchObject({ applied: 2, rejected: [] });
    expect(a.item('r1')?.title).toBe('Từ máy nhanh giờ');
    a.setTitle('r1', 'Sửa sau đó ở máy đúng giờ'); // our clock followed theirs, so this edit wins
    expect(a.item('r1')?.title).toBe('Sửa sau đó ở máy đúng giờ');
  });

  it('quarantines a file from a year ahead, leaves the database and our clock alone', async () => {
    const root = tempRoot();
    const here = new FakeClock();
    const a = new Site(root, 'a', 'org-s', { clock: here });
    const b = new Site(root, 'b', 'org-s', { clock: new FakeClock(here.t + 365 * 24 * 3600_000) });
    sites.push(a, b);
    a.createItem('r0');
    const clockBefore = (a.db.prepare('SELECT clock FROM install').get() as { clock: string }).clock;
    const dumpBefore = a.dump();
    b.createItem('r1', { title: 'Năm sau' });
    const files = b.exportTo(path.join(root, 'x')).files;
    const r = await a.import(files);
    expect(r.applied).toBe(0);
    expect(r.rejected).toEqual([{ file: files[0], code: 'clock_future', reason: expect.stringContaining('xa hơn 24 giờ') }]);
    expect(a.dump()).toBe(dumpBefore);
    expect((a.db.prepare('SELECT clock FROM install').get() as { clock: string }).clock).toBe(clockBefore);
    expect(a.writer.clockValue.current()).toBe(clockBefore);
    const q = a.db.prepare(`SELECT status, reason_code, stored_path FROM sync_files`).get() as { status: string; reason_code: string; stored_path: string };
    expect(q).toMatchObject({ status: 'quarantined', reason_code: 'clock_future' });
    expect(fs.existsSync(q.stored_path)).toBe(true);
  });

  it('keeps writes ordered when the counter runs out within one millisecond', () => {
    const root = tempRoot();
    const frozen = new FakeClock();
    const a = new Site(root, 'a', 'org-s', { clock: frozen });
    sites.push(a);
    a.db.prepare('UPDATE install SET clock = ?').run(`${frozen.t.toString(16).padStart(12, '0')}-fff0-${a.installId}`);
    const writer = new ChangeWriter(a.db, a.installId, () => frozen.t);
    const changes = a.db.transaction(() =>
      writer.write(
        Array.from({ length: 40 }, (_, i) => ({ table: T, rowId: `r${i}`, group: 'create', value: { orgId: 'org-s', code: `c${i}` } })),
        null,
        'org-s',
      ),
    )();
    const hlcs = changes.map((c) => c.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(40);
    expect(decodeHlc(hlcs[39]!).ms).toBe(frozen.t + 1);
  });
});
