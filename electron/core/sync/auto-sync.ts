import { folderSettings } from '../services/sync-service';
import type { Core } from '../core';

/**
 * Something that calls `fn` every `ms` until cancelled (`fn` gives back the run it started, if any, for whoever
 * drives the ticker to wait on); the real one never keeps the process alive by itself.
 */
export interface Ticker {
  every(ms: number, fn: () => Promise<void> | undefined): () => void;
}

const realTicker: Ticker = {
  every(ms, fn) {
    const timer = setInterval(() => void fn(), ms);
    timer.unref?.();
    return () => clearInterval(timer);
  },
};

/** How often the settings are looked at: a changed interval or folder takes effect within this, without a restart. */
export const AUTO_SYNC_CHECK_MS = 30_000;

/**
 * "Đồng bộ ngay" on a schedule, for as long as a window or the browser host has the core open: once at start when
 * the user chose it, then every N minutes (Cài đặt → Đồng bộ). The settings are read again at every check, so a
 * new interval, a new folder or turning it off counts at once. It runs `sync:run` through the contract like a
 * click would (the screens refresh on its `changed` event); a failure is left for the Đồng bộ screen to show
 * (`sync:status`), and a run never starts while the previous one is still going.
 */
export function startAutoSync(core: Pick<Core, 'call' | 'ctx'>, ticker: Ticker = realTicker): () => void {
  const now = () => core.ctx.now().getTime();
  let lastRun = now();
  let running = false;
  let stopped = false;

  const run = (): Promise<void> => {
    running = true;
    lastRun = now();
    return core
      .call('sync:run', {})
      .then(
        () => undefined,
        () => undefined, // the folder may be unplugged: nothing is lost, the status screen says why
      )
      .finally(() => {
        running = false;
      });
  };
  const settings = () => {
    try {
      return folderSettings(core.ctx);
    } catch {
      return null; // the database is closing or unreadable: try again at the next check
    }
  };

  const atStart = settings();
  if (atStart?.path && atStart.onStart) void run();
  const cancel = ticker.every(AUTO_SYNC_CHECK_MS, () => {
    if (stopped || running) return undefined;
    const s = settings();
    return s?.path && s.intervalMinutes > 0 && now() - lastRun >= s.intervalMinutes * 60_000 ? run() : undefined;
  });
  return () => {
    stopped = true;
    cancel();
  };
}
