import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openCore } from '../../electron/core/core';
import { setup } from '../../electron/core/services/app-service';
import { createItem } from '../../electron/core/services/items-service';
import { isoDate } from '../../shared/domain/dates';
import { Rng } from '../lib/prng';
import { median, pairedMedians } from '../lib/stats';
import { gridRange } from '../../shared/domain/schedule/month-grid';
import { missing, sig, type Figure } from './figure';
import { ORGS, titleFor } from '../data/vocab';
import { launchChromium, serveLtt } from '../../tests/e2e/host';

const SMALL = { year: 2020, month: 3, count: 50 };
const LARGE = { year: 2020, month: 5, count: 1000 };
const NEUTRAL = '2021-01';

/** The station's database with 50 items in March 2020 and 1,000 in May 2020 (days 5–25, inside both grids), created through items:create. */
async function makeDb(dbFile: string, seed: string): Promise<{ small: number; large: number }> {
  fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const core = openCore({ dbFile });
  try {
    const org = ORGS[1]!;
    setup(core.ctx, { orgName: org.name, userName: org.editors[0]!, role: 'editor', withSample: true });
    const rng = new Rng(seed, 'ui');
    core.ctx.transact(() => {
      for (const m of [SMALL, LARGE]) {
        for (let i = 0; i < m.count; i += 1) {
          const outlet = rng.pick(['tv', 'radio', 'district-radio'] as const);
          createItem(core.ctx, {
            kind: 'segment',
            outlet,
            plannedDate: isoDate(m.year, m.month, 5 + (i % 21)),
            plannedTime: rng.pick(['06:30', '11:15', '19:30']),
            title: titleFor('segment', (l) => rng.pick(l)),
          });
        }
      }
    });
    // Diagnosis: the server's share (items:list over each month's grid, as the screen asks).
    const list = (m: typeof SMALL) => () => core.dispatch('items:list', { filter: gridRange(m.year, m.month) });
    const r = await pairedMedians(list(SMALL), list(LARGE), 7, 2);
    return { small: r.a, large: r.b };
  } finally {
    core.close();
  }
}

/**
 * From setting the route to the month's grid showing every item (each day's screen-reader count says so), then one
 * more frame so it is painted. Each measurement starts from a freshly loaded app parked on an empty month,
 * so the month's data is fetched, not served from the query cache.
 */
async function showMonth(page: Page, base: string, m: { year: number; month: number; count: number }): Promise<number> {
  // Other people's builds may be rewriting dist/renderer at this moment (the host then answers not_found): reload until the app is there.
  const deadline = Date.now() + 180_000;
  // The host's address carries its session token in the fragment (`#token=…`), which the app keeps in sessionStorage:
  // open it once, then load the app afresh at the route (a new query string makes it a real load, not a hash change).
  const url = new URL(base);
  if (url.hash.includes('token=')) await page.goto(base);
  for (;;) {
    await page.goto(`${url.origin}/?load=${Date.now()}#/schedule/month?m=${NEUTRAL}`);
    try {
      await page.waitForSelector('.month .day', { timeout: 20_000 });
      break;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
  }
  await page.waitForLoadState('networkidle');
  const key = `${m.year}-${String(m.month).padStart(2, '0')}`;
  return page.evaluate(
    async ({ key, expected }) => {
      const t0 = performance.now();
      location.hash = `#/schedule/month?m=${key}`;
      await new Promise<void>((resolve, reject) => {
        const give = setTimeout(() => reject(new Error(`month ${key} did not show ${expected} items within 120 s`)), 120_000);
        const check = () => {
          let n = 0;
          const grid = document.querySelector(`.month[aria-label$="${Number(key.slice(5))}/${key.slice(0, 4)}"]`);
          for (const c of grid ? Array.from(grid.querySelectorAll('.day')) : []) {
            // Each day says how many items it holds to screen readers (", 05/03/2020, 3 mục"): count those, not chips.
            const hit = /(\d+) mục$/.exec(c.querySelector('.day-num .sr-only')?.textContent ?? '');
            if (hit) n += Number(hit[1]);
          }
          if (n === expected) {
            clearTimeout(give);
            resolve();
          } else requestAnimationFrame(check);
        };
        check();
      });
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    },
    { key, expected: m.count },
  );
}

/** uiMonthScaling: in Chromium through the browser host, time to show a month of 1,000 items ÷ a month of 50. */
export async function uiFigure(root: string, work: string, seed: string, reps: number, log: (s: string) => void): Promise<Figure> {
  const goal = { max: 3 };
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'ltt.cjs')) || !fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    return missing('uiMonthScaling', goal, 'dist/cli or dist/renderer missing: run npm run build (or node scripts/build.mjs cli renderer) first');
  }
  const dbFile = path.join(work, 'ui', 'ui.sqlite');
  let child: ChildProcess | undefined;
  const browser = await launchChromium();
  try {
    const server = await makeDb(dbFile, seed);
    const s = await serveLtt(path.join(root, 'bin', 'ltt.cjs'), dbFile, 60_000);
    child = s.child;
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await showMonth(page, s.url, SMALL);
    await showMonth(page, s.url, LARGE);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < reps; i += 1) {
      a.push(await showMonth(page, s.url, SMALL));
      b.push(await showMonth(page, s.url, LARGE));
    }
    if (errors.length) return missing('uiMonthScaling', goal, `page errors: ${errors.join('; ').slice(0, 300)}`);
    log(`  ui: ${SMALL.count} items ${a.map((x) => x.toFixed(0)).join('/')} ms, ${LARGE.count} items ${b.map((x) => x.toFixed(0)).join('/')} ms`);
    const value = sig(median(b) / median(a));
    return {
      name: 'uiMonthScaling',
      value,
      goal,
      detail: `month of ${LARGE.count} items ${median(b).toFixed(0)} ms ÷ month of ${SMALL.count} ${median(a).toFixed(0)} ms; of which items:list in the core ${server.large.toFixed(0)} ms vs ${server.small.toFixed(1)} ms`,
    };
  } catch (e) {
    const shot = path.join(root, 'dist', 'bench', 'ui-failure.png');
    for (const ctx of browser.contexts()) for (const p of ctx.pages()) await p.screenshot({ path: shot }).catch(() => undefined);
    return missing('uiMonthScaling', goal, `${(e as Error).message.split('\n')[0]!.slice(0, 300)} (screenshot: dist/bench/ui-failure.png)`);
  } finally {
    await browser.close().catch(() => undefined);
    child?.kill('SIGTERM');
  }
}
