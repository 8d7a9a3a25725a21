import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import * as settingsRepo from '../../../electron/core/db/settings-repo';
import { scheduleCore } from '../schedule/helpers';
import { dumpTables } from '../helpers/temp-core';
import { stationFixture } from '../../fixtures/reconcile/generate';
import { b64, seedFixture } from './seed';
import { AppError } from '../../../shared/contract/errors';

const fx = stationFixture();
const file = { fileName: fx.fileName, contentBase64: b64(fx.text) };
const sha = crypto.createHash('sha256').update(fx.text).digest('hex');
let open: Core | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

async function setup() {
  const s = await scheduleCore({ now: '2026-11-15T03:00:00.000Z' });
  open = s.core;
  const ids = await seedFixture(s.core, fx);
  return { ...s, ids };
}

const changeCount = (core: Core) => (core.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
const lineOf = (fixtureLine: (t: string) => boolean) => [...fx.expected.keys()].find((l) => fixtureLine(fx.text.split('\r\n')[l - 1]!))!;

describe('reconcile service on a real database', () => {
  it('preview writes nothing: same tables, same change log, no evidence file', async () => {
    const { core, dir } = await setup();
    const before = dumpTables(core);
    const changes = changeCount(core);
    const totalBefore = (core.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const p = await core.call('reconcile:preview', { file, outlet: 'tv' });
    expect(p.counts).toMatchObject({ confident: 9, doubtful: 2, new: 3 });
    expect(p.lines).toBe(fx.expected.size);
    expect(p.sha256).toBe(sha);
    expect(p.columns).toEqual({ date: 'Ngày', start: 'Giờ bắt đầu', duration: 'Thời lượng', title: 'Tên chương trình', houseId: 'Mã băng', channel: 'Kênh' });
    expect((core.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n).toBe(totalBefore);
    expect(changeCount(core)).toBe(changes);
    expect(dumpTables(core)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'data', 'evidence'))).toBe(false);
  });

  it('confirm marks in one transaction with the log as evidence; undo writes new changes and puts everything back; redo', async () => {
    const { core, dir, ids } = await setup();
    const p = await core.call('reconcile:preview', { file, outlet: 'tv' });
    const changes = changeCount(core);
    const confident = p.proposals.filter((x) => x.kind === 'confident').map((x) => ({ line: x.line, action: 'accept' as const, itemId: x.itemId! }));
    const changedOnAir = p.proposals.find((x) => x.kind === 'doubtful' && x.itemId === ids.get('cchc-4'))!;
    const lookAlike = p.proposals.find((x) => x.kind === 'doubtful' && x.itemId === ids.get('toadam-truonghoc'))!;
    const fresh = p.proposals.find((x) => x.kind === 'new' && x.log.title === 'Hỏi đáp cải cách hành chính')!;
    const out = await core.call('reconcile:confirm', {
      token: p.token,
      decisions: [
        ...confident,
        { line: changedOnAir.line, action: 'accept', itemId: changedOnAir.itemId! },
        // The person knows the look-alike was the hospital one: a fix.
        { line: lookAlike.line, action: 'accept', itemId: ids.get('toadam-benhvien')! },
        { line: fresh.line, action: 'create' },
        { line: p.proposals.find((x) => x.kind === 'new' && x !== fresh)!.line, action: 'reject' },
      ],
    });
    expect(out).toMatchObject({ marked: 11, created: 1, rejected: 1 });
    expect(changeCount(core)).toBeGreaterThan(changes);

    const first = await core.call('items:get', { id: ids.get('cchc-1')! });
    const line1 = lineOf((t) => t.includes('Chuyên mục CCHC số 1'));
    expect(first.status).toBe('done');
    expect(first.done).toMatchObject({ at: '2026-10-01', time: '20:00', durationMin: 15, slot: 'THD', evidenceSha256: sha, markedBy: 'Nguyễn Văn An' });
    expect(first.notes).toBe(`Ghi chú của biên tập.\nMinh chứng: dòng ${line1} của tệp ${fx.fileName} (SHA-256 ${sha})`);
    expect(fs.readFileSync(path.join(dir, 'data', first.done!.evidenceFile!), 'utf8')).toBe(fx.text);
    const moved = await core.call('items:get', { id: ids.get('cqs-3')! });
    expect(moved.done).toMatchObject({ at: '2026-10-20', time: '19:46' });
    expect((await core.call('items:get', { id: ids.get('toadam-benhvien')! })).status).toBe('done');
    expect((await core.call('items:get', { id: ids.get('toadam-truonghoc')! })).status).toBe('planned');
    const created = await core.call('items:get', { id: out.itemIds[out.itemIds.length - 1]! });
    expect(created).toMatchObject({ title: 'Hỏi đáp cải cách hành chính', plannedDate: '2026-10-24', status: 'done', taskCodes: ['05'] });

    // Theo dõi: proven by a log line vs marked by hand.
    await core.call('items:markDone', { id: ids.get('cchc-5')!, at: '2026-10-29', time: '20:00' });
    const planId = (core.ctx.db.prepare('SELECT id FROM plans LIMIT 1').get() as { id: string }).id;
    const month = { planId, from: '2026-10-01', to: '2026-10-31' };
    expect(await core.call('reconcile:proof', month)).toEqual({ byLog: 12, byHand: 1 });

    const [imp] = await core.call('reconcile:imports', {});
    expect(imp).toMatchObject({ id: out.importId, fileName: fx.fileName, sha256: sha, marked: 11, created: 1, undoneAt: null });

    // Someone adds to a marked item's notes after the import: undo keeps the addition, drops only the evidence line.
    const cqs1 = await core.call('items:get', { id: ids.get('cqs-1')! });
    await core.call('items:update', { id: cqs1.id, patch: { notes: `${cqs1.notes}\nĐã gửi Sở.` } });
    const beforeUndo = changeCount(core);
    const u = await core.call('reconcile:undo', { importId: out.importId });
    expect(u).toEqual({ importId: out.importId, reopened: 11, deleted: 1, skipped: [] });
    expect(changeCount(core)).toBeGreaterThan(beforeUndo);
    const back = await core.call('items:get', { id: ids.get('cchc-1')! });
    expect(back).toMatchObject({ status: 'planned', done: null, notes: 'Ghi chú của biên tập.' });
    expect((await core.call('items:get', { id: ids.get('cqs-1')! })).notes).toBe('Đã gửi Sở.');
    await expect(core.call('items:get', { id: created.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(core.call('reconcile:undo', { importId: out.importId })).rejects.toMatchObject({ code: 'conflict' });
    expect(await core.call('reconcile:proof', month)).toEqual({ byLog: 0, byHand: 1 });

    // Redo: the same file again, the confident ones in one go.
    const again = await core.call('reconcile:preview', { file, outlet: 'tv' });
    expect(again.counts.confident).toBe(9);
    const redo = await core.call('reconcile:confirm', {
      token: again.token,
      file,
      decisions: again.proposals.filter((x) => x.kind === 'confident').map((x) => ({ line: x.line, action: 'accept' as const, itemId: x.itemId! })),
    });
    expect(redo.marked).toBe(9);
    expect((await core.call('items:get', { id: ids.get('cchc-1')! })).status).toBe('done');
  });

  it('a refused line refuses the whole confirm: nothing is written', async () => {
    const { core, ids } = await setup();
    const p = await core.call('reconcile:preview', { file, outlet: 'tv' });
    await core.call('items:setStatus', { id: ids.get('cchc-3')!, status: 'cancelled', reason: 'Thay lịch' });
    const before = dumpTables(core);
    const decisions = p.proposals.filter((x) => x.kind === 'confident').map((x) => ({ line: x.line, action: 'accept' as const, itemId: x.itemId! }));
    const err = await core.call('reconcile:confirm', { token: p.token, decisions }).catch((e: unknown) => e as AppError);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/^Dòng \d+ \("Chuyên mục CCHC số 3/);
    expect(dumpTables(core)).toBe(before);
    await expect(core.call('reconcile:confirm', { token: p.token, decisions: [{ line: 99_999, action: 'reject' }] })).rejects.toMatchObject({
      message: expect.stringContaining('Dòng 99999 không có'),
    });
    await expect(core.call('reconcile:confirm', { token: 'khong-co', decisions: [{ line: 2, action: 'reject' }] })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('a new item needs the outlet chosen: never guessed from the file', async () => {
    const { core } = await setup();
    const p = await core.call('reconcile:preview', { file });
    const fresh = p.proposals.find((x) => x.kind === 'new')!;
    await expect(core.call('reconcile:confirm', { token: p.token, decisions: [{ line: fresh.line, action: 'create' }] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('hãy chọn kênh (--outlet'),
    });
  });

  it('roles: a viewer may preview but not confirm', async () => {
    const { core } = await setup();
    const p = await core.call('reconcile:preview', { file, outlet: 'tv' });
    core.ctx.db.prepare("INSERT INTO users (id, name, role, created_at) VALUES ('u-viewer', 'Người xem', 'viewer', '2020-01-01T00:00:00.000Z')").run();
    settingsRepo.set(core.ctx.db, 'currentUserId', 'u-viewer');
    await expect(core.call('reconcile:confirm', { token: p.token, decisions: [{ line: p.proposals[0]!.line, action: 'reject' }] })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('mappings: save, preview with --source, delete', async () => {
    const { core } = await setup();
    await core.call('reconcile:saveMapping', {
      name: 'Playout THD',
      columns: { date: 'Ngày', start: 'Giờ bắt đầu', title: 'Tên chương trình', duration: 'Thời lượng' },
      outlet: 'tv',
    });
    expect((await core.call('reconcile:mappings', {})).map((m) => m.name)).toEqual(['Playout THD']);
    const p = await core.call('reconcile:preview', { file, source: 'Playout THD' });
    expect(p).toMatchObject({ source: 'Playout THD', outlet: 'tv', counts: { confident: 9 } });
    expect(p.columns.channel).toBeUndefined();
    await expect(core.call('reconcile:preview', { file, source: 'Không có' })).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('"Playout THD"'),
    });
    await core.call('reconcile:deleteMapping', { name: 'Playout THD' });
    expect(await core.call('reconcile:mappings', {})).toEqual([]);
    await expect(core.call('reconcile:saveMapping', { name: 'X', columns: { date: 'Ngày' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('tên chương trình'),
    });
  });
});
