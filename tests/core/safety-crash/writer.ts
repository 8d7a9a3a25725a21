/**
 * The crash harness's writer: a child process doing real user actions through the core, one after
 * another, until it is killed. Before each action it prints `BEGIN <json>`, after the action's
 * transaction committed `DONE <json>` (or `REFUSED <json>`). The parent kills it with SIGKILL at a
 * random moment and then checks the database against what was reported.
 * Bundled with esbuild by the test (plain node, no vitest).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../../electron/core/core';
import { importFile } from '../../../electron/core/sync/importer';

const [dbFile, seedArg, syncDir, planFile] = process.argv.slice(2) as [string, string, string, string];
let state = Number(seedArg) >>> 0 || 1;
function rand(n: number): number {
  // xorshift32: reproducible from the seed the parent printed
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % n;
}

function out(kind: string, payload: unknown): void {
  // One synchronous write per line: what the parent reads is exactly what completed.
  fs.writeSync(1, `${kind} ${JSON.stringify(payload)}\n`);
}

async function main(): Promise<void> {
  const core = openCore({ dbFile });
  const ctx = core.ctx;
  const planB64 = fs.readFileSync(planFile).toString('base64');
  const syncFiles = fs
    .readdirSync(syncDir)
    .filter((f) => !f.startsWith('.'))
    .sort();
  out('READY', { pid: process.pid });
  for (let n = 0; ; n += 1) {
    const tag = `${seedArg}-${n}`;
    const mine = ctx.db.prepare("SELECT id, status FROM items WHERE title LIKE 'Crash %' ORDER BY id").all() as Array<{ id: string; status: string }>;
    const r = rand(100);
    if (r < 45 || mine.length === 0) {
      const title = `Crash ${tag}`;
      out('BEGIN', { a: 'create', title });
      const item = await core.call('items:create', {
        kind: 'segment',
        outlet: 'tv',
        plannedDate: '2026-11-26',
        title,
        topics: ['CCHC'],
        notes: 'x'.repeat(rand(2000)),
      });
      out('DONE', { a: 'create', id: item.id, title });
    } else if (r < 65) {
      const open = mine.filter((m) => m.status !== 'done');
      if (open.length === 0) continue;
      const target = open[rand(open.length)]!;
      out('BEGIN', { a: 'done', id: target.id });
      const res = await core.dispatch('items:markDone', { id: target.id, at: '2026-11-26', time: '19:30', durationMin: 15 });
      out(res.ok ? 'DONE' : 'REFUSED', { a: 'done', id: target.id, error: res.ok ? undefined : res.error.code });
    } else if (r < 80) {
      const target = mine[rand(mine.length)]!;
      const title = `Crash ${tag} (sửa)`;
      out('BEGIN', { a: 'title', id: target.id, title });
      const res = await core.dispatch('items:update', { id: target.id, patch: { title } });
      out(res.ok ? 'DONE' : 'REFUSED', { a: 'title', id: target.id, title, error: res.ok ? undefined : res.error.code });
    } else if (r < 90) {
      const number = `${tag}/KH-UBND`;
      out('BEGIN', { a: 'plan', number });
      const res = await core.dispatch('plans:import', { fileName: 'ke-hoach.txt', contentBase64: planB64, issuer: 'UBND tỉnh Thử nghiệm', number, year: 2026 });
      out(res.ok ? 'DONE' : 'REFUSED', {
        a: 'plan',
        number,
        planId: res.ok ? (res.result as { planId: string }).planId : undefined,
        error: res.ok ? undefined : res.error,
      });
    } else if (syncFiles.length > 0) {
      const file = syncFiles[rand(syncFiles.length)]!;
      out('BEGIN', { a: 'sync', file });
      const res = await importFile(ctx.db, ctx.writer, path.join(syncDir, file), { dataDir: ctx.dataDir, trustNew: true });
      out(res.status === 'applied' || res.status === 'duplicate' ? 'DONE' : 'REFUSED', { a: 'sync', file, status: res.status, reason: res.reason });
    }
  }
}

main().catch((error: unknown) => {
  out('FATAL', { message: (error as Error).message, stack: (error as Error).stack });
  process.exit(3);
});
