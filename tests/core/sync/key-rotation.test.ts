import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { exportNow, importPaths } from '../../../electron/core/services/sync-service';
import { getInstall } from '../../../electron/core/sync/trust-store';
import { fingerprintOf } from '../../../electron/core/sync/keys';
import { readHead } from '../../../electron/core/sync/file-reader';
import { restoreDatabase } from '../../../electron/core/db/backup-restore';

/**
 * Issue 19, point 2: key rotation, on three real databases and real signed files only. A (the station) rotates its
 * key after a backup holding it leaked; B (Home Affairs) takes A's files; C (the newspaper) hears of A only through
 * B's relay. Later changes signed by A's new key are accepted everywhere, A's earlier changes (signed by the old key)
 * stay valid, and the leaked old key can no longer write anything anyone accepts.
 */
describe('key rotation across three installs', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-key-rotation-'));
  let clock = Date.UTC(2026, 10, 2, 2, 0, 0);
  const now = () => new Date((clock += 1000));
  const cores: Core[] = [];
  afterAll(() => {
    cores.forEach((c) => c.close());
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function open(name: string, org: string | null, dbFile = path.join(root, name, 'data.sqlite')): Promise<Core> {
    const core = openCore({ dbFile, now });
    cores.push(core);
    if (org) await core.call('app:setup', { orgName: org, userName: `Người dùng ${name}`, role: 'editor', withSample: false });
    return core;
  }
  const item = (core: Core, title: string, day = '2026-11-20') => core.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: day, title });
  const titles = (core: Core) => (core.ctx.db.prepare('SELECT title FROM items ORDER BY title').all() as Array<{ title: string }>).map((r) => r.title);
  const out = (name: string) => path.join(root, 'out', name);
  const pinned = (core: Core, install: string) => getInstall(core.ctx.db, install)?.fingerprint;

  let a: Core, b: Core, c: Core;
  let leakedBackup: string;
  let beforeRotation: string[];
  let rotation: { fingerprint: string; previousFingerprint: string; lastOldSeq: number };

  it('A rotates; B imports the announcement; C receives it through B; the new key is accepted everywhere', async () => {
    a = await open('a', 'Đài Phát thanh và Truyền hình tỉnh');
    b = await open('b', 'Sở Nội vụ');
    c = await open('c', 'Báo Hải Dương');
    await item(a, 'A1 trước khi đổi khóa');
    beforeRotation = exportNow(a.ctx, out('a-1')).files;
    expect((await importPaths(b.ctx, beforeRotation, true)).rejected).toEqual([]);
    const oldFingerprint = pinned(b, a.ctx.installId);
    // The backup that leaks: a real one, holding the old private key.
    leakedBackup = a.backupNow();

    rotation = await a.call('sync:rotateKey', {});
    expect(rotation.previousFingerprint).toBe(oldFingerprint);
    expect(rotation.fingerprint).not.toBe(oldFingerprint);
    expect((await a.call('sync:status', {})).me.fingerprint.replace(/:/g, '')).toBe(rotation.fingerprint);
    await item(a, 'A2 sau khi đổi khóa');
    const afterRotation = exportNow(a.ctx, out('a-2')).files;
    // The file is signed by the new key and carries the announcement signed by the old one.
    const head = readHead(afterRotation[0]!, 1 << 30).header;
    expect(fingerprintOf(head.publicKey)).toBe(rotation.fingerprint);
    expect(head.keyRotations).toEqual([
      expect.objectContaining({ statement: expect.objectContaining({ install: a.ctx.installId, lastOldSeq: rotation.lastOldSeq }) }),
    ]);
    expect(head.segments.map((s) => fingerprintOf(s.statement.publicKey))).toContain(rotation.fingerprint);

    const atB = await importPaths(b.ctx, afterRotation, false);
    expect(atB.rejected).toEqual([]);
    expect(titles(b)).toEqual(['A1 trước khi đổi khóa', 'A2 sau khi đổi khóa']);
    expect(pinned(b, a.ctx.installId)).toBe(rotation.fingerprint);

    // C has never seen A: B passes A's history on (old-key segments, the rotation, new-key segments) with its own.
    await item(b, 'B1 của Sở Nội vụ');
    const relay = exportNow(b.ctx, out('b-relay')).files;
    const atC = await importPaths(c.ctx, relay, true);
    expect(atC.rejected).toEqual([]);
    expect(titles(c)).toEqual(['A1 trước khi đổi khóa', 'A2 sau khi đổi khóa', 'B1 của Sở Nội vụ']);
    expect(pinned(c, a.ctx.installId)).toBe(rotation.fingerprint);
    // A's own old-key segments coming back to it through B's relay are still its own.
    expect((await importPaths(a.ctx, relay, true)).rejected).toEqual([]);
  });

  it('later changes signed by the new key are accepted by B and by C, straight from A', async () => {
    await item(a, 'A3 ký bằng khóa mới');
    const files = exportNow(a.ctx, out('a-3')).files;
    for (const core of [b, c]) {
      expect((await importPaths(core.ctx, files, false)).rejected).toEqual([]);
      expect(titles(core)).toContain('A3 ký bằng khóa mới');
    }
  });

  it('a file A wrote with the old key before the rotation is still read (an old file left in a folder)', async () => {
    const late = await importPaths(c.ctx, beforeRotation, false);
    expect(late.rejected).toEqual([]);
  });

  it('the leaked old key can no longer write: new rows, reused numbers and a rotation of its own are all refused', async () => {
    // Whoever holds the backup opens it as the app would (same install, old key) and writes.
    const thiefFile = path.join(root, 'thief', 'data.sqlite');
    fs.mkdirSync(path.dirname(thiefFile), { recursive: true });
    fs.copyFileSync(leakedBackup, thiefFile);
    const thief = await open('thief', null, thiefFile);
    expect(thief.ctx.installId).toBe(a.ctx.installId);

    // 1. Changes numbered after the rotation (the thief skips past it): refused as signed by a replaced key.
    thief.ctx.db
      .prepare("INSERT INTO settings (key, value) VALUES ('sync.seqFloor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(String(rotation.lastOldSeq + 100));
    thief.ctx.writer.resync();
    await item(thief, 'Giả mạo bằng khóa cũ');
    const forged = exportNow(thief.ctx, out('thief-1')).files;
    for (const core of [b, c]) {
      const r = await importPaths(core.ctx, forged, false);
      expect(r.rejected).toEqual([expect.objectContaining({ reason: expect.stringMatching(/khóa cũ đã được thay.*đến thay đổi số \d+/) })]);
      expect(titles(core)).not.toContain('Giả mạo bằng khóa cũ');
    }

    // 2. Numbers the old key did cover (the backup's next ones): A's genuine changes hold them, so these are forks.
    const copyFile = path.join(root, 'thief-2', 'data.sqlite');
    fs.mkdirSync(path.dirname(copyFile), { recursive: true });
    fs.copyFileSync(leakedBackup, copyFile);
    const copy = await open('thief-2', null, copyFile);
    await item(copy, 'Giả mạo trong khoảng số cũ');
    const reused = exportNow(copy.ctx, out('thief-reused')).files;
    for (const core of [b, c]) {
      const r = await importPaths(core.ctx, reused, false);
      expect(r.rejected).toHaveLength(1);
      expect(titles(core)).not.toContain('Giả mạo trong khoảng số cũ');
    }

    // 3. A key of the thief's own, "announced" by the old key: a second rotation of the same key, refused and flagged.
    await thief.call('sync:rotateKey', {});
    await item(thief, 'Giả mạo bằng khóa của kẻ gian');
    const rotated = exportNow(thief.ctx, out('thief-2')).files;
    for (const core of [b, c]) {
      const r = await importPaths(core.ctx, rotated, false);
      expect(r.rejected.length).toBeGreaterThan(0);
      expect(r.rejected.map((x) => x.reason).join('\n')).toMatch(/hai lần đổi khóa khác nhau.*khóa cũ của máy đó có thể đã bị lộ/);
      expect(titles(core)).not.toContain('Giả mạo bằng khóa của kẻ gian');
      expect(pinned(core, a.ctx.installId)).toBe(rotation.fingerprint);
    }
    // The Đồng bộ screen's log says so at each office.
    for (const core of [b, c]) {
      const log = (await core.call('sync:status', {})).events ?? [];
      expect(log.map((e) => e.message).join('\n')).toMatch(/khóa cũ.*(đã được thay|có thể đã bị lộ)/);
    }
    // A refuses a rotation of its own key it never made.
    const atA = await importPaths(a.ctx, rotated, false);
    expect(atA.rejected.map((x) => x.reason).join('\n')).toMatch(/đổi khóa của chính máy này mà máy này không thực hiện/);
  });

  it('restoring the backup from before the rotation keeps the new key (live, and with `ltt restore`)', async () => {
    // With the app closed: the CLI's restore of the old backup over a copy of A's current database.
    const closedCopy = path.join(root, 'a-closed', 'data.sqlite');
    fs.mkdirSync(path.dirname(closedCopy), { recursive: true });
    fs.copyFileSync(a.backupNow(), closedCopy);
    restoreDatabase({ dbFile: closedCopy, source: leakedBackup, now: new Date() });
    const restored = await open('a-closed', null, closedCopy);
    expect((await restored.call('sync:status', {})).me.fingerprint.replace(/:/g, '')).toBe(rotation.fingerprint);
    restored.close();
    // With the app running: the Sao lưu screen's restore.
    await a.call('backup:restore', { name: path.basename(leakedBackup) });
    expect((await a.call('sync:status', {})).me.fingerprint.replace(/:/g, '')).toBe(rotation.fingerprint);
  });

  it('after all that, A keeps writing with its new key and everybody still takes it', async () => {
    await item(a, 'A4 vẫn được nhận');
    const files = exportNow(a.ctx, out('a-4')).files;
    for (const core of [b, c]) {
      expect((await importPaths(core.ctx, files, false)).rejected).toEqual([]);
      expect(titles(core)).toContain('A4 vẫn được nhận');
    }
  });
});
