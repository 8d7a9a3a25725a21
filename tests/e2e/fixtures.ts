import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
const LTT = path.join(ROOT, 'bin', 'ltt.cjs');
const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

async function startServer(dbFile: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [LTT, '--db', dbFile, '--json', 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ltt serve did not start: ${stderr}`)), 30_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve((JSON.parse(line) as { url: string }).url);
      } catch {
        reject(new Error(`unexpected output from ltt serve: ${line} ${stderr}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`ltt serve exited (${code}): ${stderr}`)));
  });
  return { child, url };
}

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
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
  const { child, url } = await startServer(dbFile);
  const browser = await launchBrowser();
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
