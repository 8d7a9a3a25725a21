import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { itemAddArgs } from './helpers/item-add';
import { ltt } from './helpers/ltt';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** `ltt [--json] ARGS…`: its exit code, its JSON (null without --json or output), its text and stderr. */
async function jsonCli(db: string, args: string[], json = true) {
  const r = await ltt(db, ...(json ? ['--json'] : []), ...args);
  return { code: r.code, json: json ? r.jsonOrNull() : null, text: r.stdout, stderr: r.stderr };
}

const STATION = 'Đài Phát thanh và Truyền hình tỉnh';

/**
 * The CLI's side of trust by organisation: one `sync trust --org` takes every waiting PC of an office; a second PC
 * of the station accepted on the station's first PC is then accepted at Home Affairs with nobody asked; `sync revoke`
 * makes Home Affairs leave out the revoked PC's later changes; `plan publish` makes the sample travel.
 */
describe('ltt sync trust --org, revoke, plan publish', () => {
  it('takes one decision per organisation, accepts a vouched PC, refuses a revoked one', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-trust-org-cli-'));
    dirs.push(root);
    const db = (n: string) => path.join(root, n, 'data.sqlite');
    for (const pc of ['pc1', 'pc2']) expect((await jsonCli(db(pc), ['init', '--org', STATION, '--user', `Người ${pc}`, '--with-sample'])).code).toBe(0);
    expect((await jsonCli(db('ha'), ['init', '--org', 'Sở Nội vụ', '--user', 'Trần Thị Bình'])).code).toBe(0);
    expect((await jsonCli(db('pc1'), ['plan', 'publish', '259/KH-UBND'])).json).toMatchObject({ published: expect.any(Number) });
    for (const pc of ['pc1', 'pc2']) {
      expect((await jsonCli(db(pc), itemAddArgs({ kind: 'segment', outlet: 'tv', date: '2020-05-04', title: `Chuyên mục của ${pc}` }))).code).toBe(0);
    }
    const usb = (n: string) => path.join(root, 'usb', n);
    const pc1Files = (await jsonCli(db('pc1'), ['sync', 'export', '--out', usb('1')])).json!.files as string[];
    const pc2Files = (await jsonCli(db('pc2'), ['sync', 'export', '--out', usb('2')])).json!.files as string[];

    const waiting = await jsonCli(db('ha'), ['sync', 'import', ...pc1Files, ...pc2Files]);
    expect((waiting.json!.pending as unknown[]).length).toBe(2);
    const text = (await jsonCli(db('ha'), ['sync', 'import', ...pc1Files], false)).text;
    expect(text).toContain(`ltt sync trust --org "${STATION}"`);
    // Accents and case do not matter in the name.
    const decided = await jsonCli(db('ha'), ['sync', 'trust', '--org', 'dai phat thanh va truyen hinh tinh']);
    expect(decided.code).toBe(0);
    expect(decided.json).toMatchObject({ trust: 'trusted', rejected: [] });
    const items = (await jsonCli(db('ha'), ['item', 'list', '--month', '2020-05'])).json as unknown as Array<{ title: string }>;
    expect(items.map((i) => i.title).sort()).toEqual(['Chuyên mục của pc1', 'Chuyên mục của pc2']);

    // A third PC: accepted on pc1 (same organisation), which vouches for it; Home Affairs then needs nobody.
    expect((await jsonCli(db('pc3'), ['init', '--org', STATION, '--user', 'Người pc3', '--with-sample'])).code).toBe(0);
    expect((await jsonCli(db('pc3'), itemAddArgs({ kind: 'article', outlet: 'online', date: '2020-05-06', title: 'Bài của máy mới' }))).code).toBe(0);
    const pc3Files = (await jsonCli(db('pc3'), ['sync', 'export', '--out', usb('3')])).json!.files as string[];
    await jsonCli(db('pc1'), ['sync', 'import', ...pc3Files]);
    const fp = ((await jsonCli(db('pc1'), ['sync', 'trust', '--list'])).json as unknown as Array<{ fingerprint: string; trust: string }>).find(
      (k) => k.trust === 'pending',
    )!.fingerprint;
    expect((await jsonCli(db('pc1'), ['sync', 'trust', fp.slice(0, 14)])).code).toBe(0);
    const vouch = (await jsonCli(db('pc1'), ['sync', 'export', '--out', usb('1b')])).json!.files as string[];
    const auto = await jsonCli(db('ha'), ['sync', 'import', ...pc3Files, ...vouch]);
    expect(auto.json).toMatchObject({ rejected: [] });
    const status = await jsonCli(db('ha'), ['sync', 'status']);
    expect((status.json!.events as Array<{ message: string }>).map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/cùng đơn vị đã xác nhận/)]),
    );
    expect(((await jsonCli(db('ha'), ['item', 'list', '--month', '2020-05'])).json as unknown as unknown[]).length).toBe(3);

    // pc2 is stolen: pc1 revokes it; the thief's later edit never reaches Home Affairs.
    await jsonCli(db('pc1'), ['sync', 'import', ...pc2Files]);
    const pc2Known = { installId: ((await jsonCli(db('pc2'), ['sync', 'status'])).json!.me as { installId: string }).installId };
    expect((await jsonCli(db('pc1'), ['sync', 'revoke', pc2Known.installId, '--reason', 'Máy bị mất'])).code).toBe(0);
    await jsonCli(db('ha'), ['sync', 'import', ...((await jsonCli(db('pc1'), ['sync', 'export', '--out', usb('1c')])).json!.files as string[])]);
    expect((await jsonCli(db('pc2'), itemAddArgs({ kind: 'article', outlet: 'online', date: '2020-05-09', title: 'Kẻ trộm viết' }))).code).toBe(0);
    const late = await jsonCli(db('ha'), ['sync', 'import', ...((await jsonCli(db('pc2'), ['sync', 'export', '--out', usb('2b')])).json!.files as string[])]);
    expect(late.json).toMatchObject({ rejected: [] });
    const titles = ((await jsonCli(db('ha'), ['item', 'list', '--month', '2020-05'])).json as unknown as Array<{ title: string }>).map((i) => i.title);
    expect(titles).not.toContain('Kẻ trộm viết');
  }, 120_000);
});
