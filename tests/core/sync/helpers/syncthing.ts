import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { configXml, type DaemonPlace } from './syncthing-config';
import { socketsOffLoopback } from './proc-sockets';

/**
 * N real Syncthing daemons (Debian's 1.19 package) sharing one folder, every connection on loopback:
 * global and local discovery, relays, NAT traversal/STUN, usage and crash reporting and upgrades are off,
 * and each device knows the others only by a static tcp://127.0.0.1:PORT address.
 */

const FOLDER_ID = 'ltt-dong-bo';
/** `SYNCTHING_BIN` picks another binary (or, pointing nowhere, shows the skip). */
const BIN = process.env.SYNCTHING_BIN || 'syncthing';

/** Why the Syncthing tests cannot run here, or null when the binary answers. */
export function syncthingMissingReason(): string | null {
  const r = spawnSync(BIN, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error || r.status !== 0) return `Syncthing ("${BIN}") is not installed: apt-get install syncthing`;
  return /^syncthing v\d/.test(r.stdout) ? null : `unexpected "syncthing --version" output: ${r.stdout.slice(0, 80)}`;
}

export interface Daemon extends DaemonPlace {
  readonly index: number;
  readonly home: string;
  /** (`folder`: the shared folder as this daemon holds it; point an install's sync folder here.) */
  proc: ChildProcess | null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Files of the shared folder a person would see (Syncthing's own marker and temporaries left out). */
function visibleFiles(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((n) => n !== '.stfolder' && n !== '.stversions' && !isSyncthingTemp(n))
    .sort();
}

function isSyncthingTemp(name: string): boolean {
  return /^\.syncthing\..*\.tmp$/.test(name) || /^~syncthing~.*\.tmp$/.test(name);
}

export class SyncthingCluster {
  private constructor(
    readonly root: string,
    readonly daemons: readonly Daemon[],
  ) {}

  get folders(): string[] {
    return this.daemons.map((d) => d.folder);
  }

  /** Generate keys, write the configs, start every daemon and wait until all of them see each other. */
  static async start(names: readonly string[], timeoutMs = 60_000): Promise<SyncthingCluster> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-syncthing-'));
    const daemons: Daemon[] = [];
    const cluster = new SyncthingCluster(root, daemons);
    try {
      for (const [index, name] of names.entries()) {
        const home = path.join(root, `${name}-home`);
        const folder = path.join(root, `${name}-folder`);
        fs.mkdirSync(path.join(folder, '.stfolder'), { recursive: true });
        const gen = spawnSync(BIN, ['generate', '--home', home, '--no-default-folder', '--skip-port-probing'], {
          encoding: 'utf8',
          env: daemonEnv(home),
          timeout: 30_000,
        });
        const id = /Device ID:\s*([A-Z0-9-]{63})/.exec(`${gen.stdout}\n${gen.stderr}`)?.[1];
        if (!id) throw new Error(`syncthing generate gave no device ID for ${name}: ${gen.stderr || gen.stdout}`);
        daemons.push({
          index,
          name,
          home,
          folder,
          guiPort: await freePort(),
          listenPort: await freePort(),
          apiKey: crypto.randomBytes(16).toString('hex'),
          deviceId: id,
          proc: null,
        });
      }
      for (const d of daemons) fs.writeFileSync(path.join(d.home, 'config.xml'), configXml(FOLDER_ID, d, daemons));
      for (const d of daemons) cluster.spawn(d);
      await cluster.waitUntil(timeoutMs, 'every daemon connected to every other', async () => {
        for (const d of daemons) {
          for (const o of daemons) if (o !== d && !(await cluster.connected(d, o))) return `${d.name} not connected to ${o.name}`;
        }
        return null;
      });
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  private spawn(d: Daemon): void {
    const log = fs.openSync(path.join(d.home, 'syncthing.log'), 'a');
    d.proc = spawn(BIN, ['serve', '--home', d.home, '--no-browser', '--no-restart', '--no-upgrade', '--logflags=3'], {
      env: daemonEnv(d.home),
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    const p = d.proc;
    live.add(p);
    p.once('exit', () => live.delete(p));
  }

  /** One REST call with the daemon's API key; a non-2xx answer throws with its body. */
  async api<T = unknown>(d: Daemon, method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`http://127.0.0.1:${d.guiPort}${route}`, {
      method,
      headers: { 'X-API-Key': d.apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`Syncthing ${d.name}: ${method} ${route} → ${res.status} ${text.slice(0, 200)}`);
    return (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T;
  }

  /** Poll `check` (null = done, else what is still missing) until done or the timeout, then fail with its last answer. */
  async waitUntil(timeoutMs: number, what: string, check: () => Promise<string | null>): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'not checked yet';
    while (Date.now() < deadline) {
      const dead = this.daemons.find((d) => d.proc && (d.proc.exitCode !== null || d.proc.signalCode !== null));
      if (dead) throw new Error(`Syncthing ${dead.name} exited while waiting for ${what}:\n${this.logTail(dead)}`);
      try {
        const r = await check();
        if (r === null) return;
        last = r;
      } catch (error) {
        last = (error as Error).message; // a daemon still starting refuses connections
      }
      await sleep(200);
    }
    throw new Error(`Syncthing: timed out after ${timeoutMs} ms waiting for ${what}: ${last}`);
  }

  /** The end of a daemon's log, for failure messages. */
  logTail(d: Daemon, lines = 15): string {
    try {
      return fs.readFileSync(path.join(d.home, 'syncthing.log'), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Rescan the folder now (returns once the scan is done) rather than wait for the watcher. */
  async scan(d: Daemon): Promise<void> {
    await this.api(d, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`);
  }

  /**
   * Every daemon idle with nothing needed, every remote device complete, and the same files (names
   * and sizes) on every disk, twice in a row — so a file written just before is not missed.
   */
  async waitInSync(timeoutMs = 60_000): Promise<void> {
    const active = this.daemons.filter((d) => d.proc);
    await Promise.all(active.map((d) => this.scan(d)));
    let stable = 0;
    await this.waitUntil(timeoutMs, 'every device to hold every file', async () => {
      const problem = await this.syncProblem(active);
      stable = problem === null ? stable + 1 : 0;
      return stable >= 2 ? null : (problem ?? 'confirming');
    });
  }

  private async syncProblem(active: readonly Daemon[]): Promise<string | null> {
    for (const d of active) {
      const st = await this.api<{ state: string; needTotalItems: number; needFiles: number; needDeletes: number }>(
        d,
        'GET',
        `/rest/db/status?folder=${FOLDER_ID}`,
      );
      if (st.state !== 'idle' || st.needTotalItems > 0) return `${d.name}: state ${st.state}, needs ${st.needFiles} files, ${st.needDeletes} deletes`;
      for (const o of active) {
        if (o === d) continue;
        const c = await this.api<{ completion: number; needItems: number; needDeletes: number }>(
          d,
          'GET',
          `/rest/db/completion?folder=${FOLDER_ID}&device=${o.deviceId}`,
        );
        if (c.completion < 100 || c.needItems > 0 || c.needDeletes > 0)
          return `${o.name} (seen by ${d.name}): ${c.completion.toFixed(1)} % complete, ${c.needItems} items and ${c.needDeletes} deletes to go`;
      }
    }
    const listing = (d: Daemon) =>
      visibleFiles(d.folder)
        .map((n) => `${n}:${fs.statSync(path.join(d.folder, n)).size}`)
        .join('\n');
    const first = listing(active[0]!);
    const differs = active.find((d) => listing(d) !== first);
    return differs ? `the files on ${differs.name}'s disk differ from ${active[0]!.name}'s` : null;
  }

  /** Stop this daemon exchanging anything with one other device (both keep running); returns once both see it. */
  async pauseDevice(on: Daemon, peer: Daemon, timeoutMs = 20_000): Promise<void> {
    await this.api(on, 'POST', `/rest/system/pause?device=${peer.deviceId}`);
    await this.waitUntil(timeoutMs, `${on.name} and ${peer.name} to disconnect`, async () =>
      (await this.connected(on, peer)) || (await this.connected(peer, on)) ? 'still connected' : null,
    );
  }

  async resumeDevice(on: Daemon, peer: Daemon, timeoutMs = 20_000): Promise<void> {
    await this.api(on, 'POST', `/rest/system/resume?device=${peer.deviceId}`);
    await this.waitUntil(timeoutMs, `${on.name} and ${peer.name} to reconnect`, async () => ((await this.connected(on, peer)) ? null : 'not connected yet'));
  }

  private async connected(on: Daemon, peer: Daemon): Promise<boolean> {
    const r = await this.api<{ connections: Record<string, { connected: boolean }> }>(on, 'GET', '/rest/system/connections');
    return r.connections[peer.deviceId]?.connected === true;
  }

  /** Pause or resume the shared folder on one daemon (a paused folder neither scans nor pulls). */
  setFolderPaused(d: Daemon, paused: boolean): Promise<unknown> {
    return this.api(d, 'PATCH', `/rest/config/folders/${FOLDER_ID}`, { paused });
  }

  /** Limit what a daemon receives, loopback included (0 = unlimited). */
  setReceiveLimit(d: Daemon, kibPerSecond: number): Promise<unknown> {
    return this.api(d, 'PATCH', '/rest/config/options', { maxRecvKbps: kibPerSecond, limitBandwidthInLan: kibPerSecond > 0 });
  }

  /** Internet sockets of the daemons with an end off loopback (null where /proc cannot tell). */
  socketsOffLoopback(): string[] | null {
    return socketsOffLoopback(this.daemons.map((d) => d.proc?.pid).filter((p): p is number => p !== undefined));
  }

  /** Shut every daemon down (SIGKILL if it does not exit in 5 s) and remove every temp folder. */
  async stop(): Promise<void> {
    await Promise.all(
      this.daemons.map(async (d) => {
        const p = d.proc;
        if (!p || p.exitCode !== null || p.signalCode !== null) return;
        const exited = new Promise<void>((r) => p.once('exit', () => r()));
        await this.api(d, 'POST', '/rest/system/shutdown').catch(() => p.kill('SIGTERM'));
        const timer = setTimeout(() => p.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
        d.proc = null;
      }),
    );
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Only what Syncthing needs: no proxy settings, HOME inside the temp folder so nothing lands in the real one. */
function daemonEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, STNORESTART: '1', STNOUPGRADE: '1', STNODEFAULTFOLDER: '1', LANG: 'C.UTF-8' };
}

/** A test run that dies before afterAll still leaves no daemon behind. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});
