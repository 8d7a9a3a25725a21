import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { chromium, type Browser } from 'playwright-core';

/**
 * The browser host and the browser as the e2e tests and the UI benchmark both drive them: `ltt serve` on a database
 * and Debian's Chromium. Plain Node and playwright-core only (no vitest), so bench/ can import it too.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `ltt --db DB --json serve` (LTT is the built bin/ltt.cjs): the child and the address it printed, token included. */
export async function serveLtt(ltt: string, dbFile: string, timeoutMs: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [ltt, '--db', dbFile, '--json', 'serve'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LTT_DB: '' } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ltt serve did not start: ${stderr}`)), timeoutMs);
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

/** Chromium headless without anything that would reach out of the machine (updates, sync, QUIC) or need a GPU. */
export async function launchChromium(): Promise<Browser> {
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
