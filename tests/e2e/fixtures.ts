import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveLtt } from './host';

export const ROOT = path.resolve(__dirname, '..', '..');
const LTT = path.join(ROOT, 'bin', 'ltt.cjs');
const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface AppHandle {
  page: Page;
  browser: Browser;
  url: string;
  origin: string;
  dir: string;
  dbFile: string;
  /** Run the real `ltt` CLI against this app's database. */
  cli(args: string[]): CliResult;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Run `ltt init --org … --user …` before starting (skips the first-run screen). */
  setup?: { org: string; user: string; role?: 'editor' | 'producer' | 'viewer'; withSample?: boolean };
  viewport?: { width: number; height: number };
}

export function runLtt(dbFile: string, args: string[], cwd = path.dirname(dbFile)): CliResult {
  const r = spawnSync(process.execPath, [LTT, '--db', dbFile, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LTT_DB: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh app on a temporary database: the real CLI's browser host and Debian's Chromium. */
export async function startApp(options: StartOptions = {}): Promise<AppHandle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-e2e-'));
  const dbFile = path.join(dir, 'data.sqlite');
  if (options.setup) {
    const s = options.setup;
    const args = ['init', '--org', s.org, '--user', s.user, '--role', s.role ?? 'editor'];
    if (s.withSample) args.push('--with-sample');
    const r = runLtt(dbFile, args);
    if (r.code !== 0) throw new Error(`ltt init failed: ${r.stderr}`);
  }
  const { child, url } = await serveLtt(LTT, dbFile, 30_000);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return {
    page,
    browser,
    url,
    origin: new URL(url).origin,
    dir,
    dbFile,
    cli: (args) => runLtt(dbFile, args),
    async screenshot(name) {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await browser.close().catch(() => undefined);
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      fs.rmSync(dir, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

/** The JSON a `--json` command printed (also on exit 1, where it lists what was refused); its stderr when it printed none. */
export function cliJson<T>(r: { code: number; stdout: string; stderr: string }): T {
  if (r.code !== 0 && !r.stdout) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as T;
}

/** What the browser host answers to a call: the contract's result, or the error in Vietnamese. */
export interface ApiAnswer {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
}

/**
 * A call to the running app's own API from the page (same token, same server process), answered as the host answers.
 * Tests write this way rather than with a second `ltt` process, so only one process writes the database while it is open.
 */
export async function callApi(page: Page, channel: string, input: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ([c, i]) => {
      const r = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-LTT-Token': sessionStorage.getItem('ltt.token') ?? '' },
        body: JSON.stringify(i),
      });
      return (await r.json()) as ApiAnswer;
    },
    [channel, input] as const,
  );
}

/** callApi's result, or an error naming the channel when the host refused. */
export async function api<T>(app: AppHandle, channel: string, input: unknown): Promise<T> {
  const body = await callApi(app.page, channel, input);
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.result as T;
}

/** The built-in plan 259/KH-UBND as the running app holds it: its id and its tasks' ids by code (as Theo dõi lists them). */
export async function samplePlan(app: AppHandle): Promise<{ planId: string; taskIds: Map<string, string> }> {
  const plans = await api<Array<{ id: string; number: string }>>(app, 'compliance:plans', {});
  const planId = plans.find((p) => p.number.startsWith('259'))!.id;
  const view = await api<{ report: { tasks: Array<{ taskId: string; code: string }> } }>(app, 'compliance:view', {
    planId,
    period: '2020',
    asOf: '2020-01-01',
  });
  return { planId, taskIds: new Map(view.report.tasks.map((t) => [t.code, t.taskId])) };
}
