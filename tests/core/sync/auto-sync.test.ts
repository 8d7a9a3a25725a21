import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { AUTO_SYNC_CHECK_MS, type Ticker } from '../../../electron/core/sync/auto-sync';

// The scheduled "Đồng bộ ngay" runs in the core (not in a window that may be closed or read its interval once):
// a real core on a real database and a real sync folder; only the ticker and the clock are driven by hand.
const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function handTicker() {
  const fns = new Set<() => Promise<void> | undefined>();
  const ticker: Ticker = {
    every(ms, fn) {
      expect(ms).toBe(AUTO_SYNC_CHECK_MS);
      fns.add(fn);
      return () => fns.delete(fn);
    },
  };
  // One check of the schedule, and the run it started (if any) finished.
  const tick = () => Promise.all([...fns].map((f) => f()));
  return { ticker, tick, active: () => fns.size };
}

async function setUp(folder: { intervalMinutes: number; onStart: boolean }) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-auto-sync-'));
  dirs.push(root);
  const dbFile = path.join(root, 'pc', 'data.sqlite');
  const shared = path.join(root, 'DongBo');
  fs.mkdirSync(shared);
  let clock = Date.UTC(2026, 10, 2, 1, 0, 0);
  const now = () => new Date(clock);
  const first = openCore({ dbFile, now });
  await first.call('app:setup', { orgName: 'Báo tỉnh', userName: 'Lê Thị Dung', role: 'editor', withSample: false });
  await first.call('sync:setFolder', { path: shared, ...folder });
  await first.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2026-11-05', title: 'Bài viết một cửa' });
  first.close();
  const hand = handTicker();
  const core = openCore({ dbFile, now, autoSync: { ticker: hand.ticker } });
  cores.push(core);
  const runs: string[] = [];
  core.onEvent((e) => {
    if (e.type === 'changed' && (e.payload as { channel: string }).channel === 'sync:run') runs.push(new Date(clock).toISOString());
  });
  return { core, shared, hand, runs, advance: (minutes: number) => (clock += minutes * 60_000) };
}

describe('scheduled sync in the core', () => {
  it('runs at start when chosen, then every N minutes, exporting into the folder', async () => {
    const s = await setUp({ intervalMinutes: 15, onStart: true });
    await vi.waitFor(() => expect(s.runs).toHaveLength(1));
    expect(fs.readdirSync(s.shared).some((f) => f.endsWith('.lttsync'))).toBe(true);

    s.advance(10);
    await s.hand.tick();
    expect(s.runs).toHaveLength(1); // not due yet
    s.advance(5);
    await s.hand.tick();
    expect(s.runs).toHaveLength(2);
  });

  it('reads the interval again at every check: a change or turning it off counts without a restart', async () => {
    const s = await setUp({ intervalMinutes: 60, onStart: false });
    expect(s.runs).toHaveLength(0); // not chosen at start
    s.advance(20);
    await s.hand.tick();
    expect(s.runs).toHaveLength(0);

    await s.core.call('sync:setFolder', { path: s.shared, intervalMinutes: 10, onStart: false });
    await s.hand.tick();
    expect(s.runs).toHaveLength(1); // 20 minutes since start ≥ the new 10

    await s.core.call('sync:setFolder', { path: s.shared, intervalMinutes: 0, onStart: false });
    s.advance(120);
    await s.hand.tick();
    expect(s.runs).toHaveLength(1);
  });

  it('an unplugged folder fails quietly for the status screen, and close() stops the schedule', async () => {
    const s = await setUp({ intervalMinutes: 5, onStart: false });
    fs.rmSync(s.shared, { recursive: true, force: true });
    s.advance(6);
    await s.hand.tick();
    expect(s.runs).toHaveLength(0); // refused (and caught), so no change was made
    expect((await s.core.call('sync:status', {})).folder.path).toBe(s.shared);
    expect(s.hand.active()).toBe(1);
    s.core.close();
    cores.splice(0);
    expect(s.hand.active()).toBe(0);
  });

  it('a core opened without autoSync (a CLI command) schedules nothing', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-auto-sync-'));
    dirs.push(root);
    const core = openCore({ dbFile: path.join(root, 'data.sqlite') });
    cores.push(core);
    await core.call('app:setup', { orgName: 'Báo tỉnh', userName: 'Lê Thị Dung', role: 'editor', withSample: false });
    await core.call('sync:setFolder', { path: root, intervalMinutes: 1, onStart: true });
    expect(fs.readdirSync(root).filter((f) => f.endsWith('.lttsync'))).toEqual([]);
  });
});
