import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { exportChanges } from '../../../electron/core/sync/exporter';
import { importFile } from '../../../electron/core/sync/importer';
import { tempDir } from '../db/helpers';
import { FUZZ_CASES, FUZZ_SEED, dbFingerprint, setupCore } from './harness';
import { mutated } from './mutate';

/** Bookkeeping a refused file is allowed to leave: the ledger of files seen and of who sent them (sync.md: quarantined with a reason). */
const LEDGER = ['sync_files', 'sync_installs'];
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

let receiver: Core;
let sender: Core;
const originals: Buffer[] = [];
let work = '';

beforeAll(async () => {
  sender = await setupCore();
  receiver = await setupCore();
  work = tempDir('ltt-sync-fuzz-');
  const org = sender.ctx.requireOrgId();
  for (let i = 0; i < 3; i += 1)
    await sender.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2026-11-20', title: `Bài ${i} — Cải cách hành chính` });
  const res = exportChanges(sender.ctx.db, sender.ctx.writer, { org, orgName: 'Đài', installName: 'gui' }, { outDir: path.join(work, 'out') });
  for (const f of res.files) {
    originals.push(fs.readFileSync(f));
    const r = await importFile(receiver.ctx.db, receiver.ctx.writer, f, { dataDir: receiver.ctx.dataDir, trustNew: true });
    expect(r.status).toBe('applied');
  }
}, 120_000);
afterAll(() => {
  sender?.close();
  receiver?.close();
});

async function tryFile(name: string, bytes: Buffer): Promise<string | null> {
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  const before = dbFingerprint(receiver.ctx.db, LEDGER);
  try {
    const r = await importFile(receiver.ctx.db, receiver.ctx.writer, file, { dataDir: receiver.ctx.dataDir, trustNew: true });
    // The original is already in: a file that still verifies can only be a duplicate; anything else must be refused.
    if (dbFingerprint(receiver.ctx.db, LEDGER) !== before) return `${name} (${r.status}) → cơ sở dữ liệu đã thay đổi`;
    if (r.status === 'rejected' && !(r.reason && VIETNAMESE.test(r.reason))) return `${name} → lý do từ chối không rõ: ${r.reason}`;
    if (r.status === 'applied' && r.applied > 0) return `${name} → tệp bị sửa vẫn được nhận`;
    return null;
  } catch (error) {
    return `${name} → ném lỗi: ${(error as Error).message}`;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('hostile sync files', () => {
  it(`${FUZZ_CASES} byte-mutated sync files: refused with a reason (or a harmless duplicate), the data unchanged`, async () => {
    const cases = fc.sample(mutated(originals), { numRuns: FUZZ_CASES, seed: FUZZ_SEED });
    const problems: string[] = [];
    let refused = 0;
    for (const [i, bytes] of cases.entries()) {
      const p = await tryFile(`m${i}.ltt-sync`, bytes);
      if (p) problems.push(p);
      else refused += 1;
      // Let the test runner's worker answer between cases (a long synchronous stretch trips its RPC timeout).
      await new Promise((r) => setImmediate(r));
    }
    console.log(`sync file fuzz: ${cases.length} cases, seed ${FUZZ_SEED}, ${problems.length} problems`);
    expect(refused).toBe(cases.length);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 900_000);

  it('a 100 MB file, an empty file, and path-trick names are refused without harm', async () => {
    const problems: string[] = [];
    for (const [name, bytes] of [
      ['to.ltt-sync', Buffer.alloc(100 * 1024 * 1024, 0)],
      ['rong.ltt-sync', Buffer.alloc(0)],
      ['CON.ltt-sync', originals[0]!.subarray(0, 100)],
      ['..ltt-sync', Buffer.from('LTT-SYNC 999\n{}')],
    ] as const) {
      const p = await tryFile(name, bytes);
      if (p) problems.push(p);
    }
    expect(problems).toEqual([]);
    // quarantined copies stay inside the data folder
    const q = path.join(receiver.ctx.dataDir, 'sync', 'quarantine');
    if (fs.existsSync(q)) for (const f of fs.readdirSync(q)) expect(path.resolve(q, f).startsWith(q)).toBe(true);
  }, 300_000);
});
