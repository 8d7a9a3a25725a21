import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../../electron/cli/program';
import { openCore } from '../../../../electron/core/core';
import { itemAddArgs } from '../../../cli/helpers/item-add';

export interface CliResult {
  code: number;
  json: unknown;
  stdout: string;
  stderr: string;
}

/** What `ltt item list --json` shows of an item: the part every install must agree on. */
export interface ListedItem {
  id: string;
  title: string;
  plannedDate: string;
  taskCodes: string[];
  [k: string]: unknown;
}

/**
 * One install of the app driven through the production CLI (`ltt …`, in-process): its own real SQLite
 * file and data folder, set up with `ltt init`, its sync folder chosen with `ltt sync folder`.
 */
export class CliInstall {
  readonly db: string;
  /** Titles of the items this install created, in order. */
  readonly added: string[] = [];

  constructor(
    root: string,
    readonly name: string,
    readonly orgName: string,
    readonly userName: string,
  ) {
    fs.mkdirSync(path.join(root, name), { recursive: true });
    this.db = path.join(root, name, 'ltt.sqlite');
  }

  async ltt(...args: string[]): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['--db', this.db, '--json', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, {});
    let json: unknown = null;
    try {
      json = stdout ? JSON.parse(stdout) : null;
    } catch {
      json = null;
    }
    return { code, json, stdout, stderr };
  }

  /** `ltt …` that must succeed; otherwise the failure names the install, the command and what it printed. */
  async must(...args: string[]): Promise<CliResult> {
    const r = await this.ltt(...args);
    if (r.code !== 0) throw new Error(`${this.name}: ltt ${args.join(' ')} → exit ${r.code}\n${r.stderr}\n${r.stdout.slice(0, 2000)}`);
    return r;
  }

  async init(folder: string | null, role: 'editor' | 'viewer' = 'editor'): Promise<this> {
    await this.must('init', '--org', this.orgName, '--user', this.userName, '--role', role, '--with-sample');
    if (folder) await this.must('sync', 'folder', folder);
    return this;
  }

  async addItem(title: string, date: string, task = '05'): Promise<string> {
    const r = await this.must(...itemAddArgs({ task, kind: 'article', outlet: 'print', date, title }));
    this.added.push(title);
    return (r.json as { id: string }).id;
  }

  /**
   * Items with long, hard-to-compress texts, written through the core's own command (the CLI has no
   * flag for description and notes), so that this install's next sync file spans several Syncthing blocks.
   */
  async addBulkyItems(n: number, seed: string): Promise<string[]> {
    const core = openCore({ dbFile: this.db });
    try {
      const tasks = await core.call('items:taskOptions', {});
      const task = tasks.find((t) => t.code === '06')!.id;
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const noise = () => crypto.randomBytes(3700).toString('base64');
        const created = await core.call('items:create', {
          kind: 'report',
          outlet: 'tv',
          plannedDate: `2020-${String(1 + (i % 12)).padStart(2, '0')}-15`,
          title: `Phóng sự chuyên đề CCHC số ${i + 1} (${seed})`,
          description: `Nội dung ghi hình: ${noise()}`.slice(0, 5000),
          notes: `Ghi chú biên tập: ${noise()}`.slice(0, 5000),
          taskIds: [task],
        });
        ids.push(created.id);
      }
      return ids;
    } finally {
      core.close();
    }
  }

  /** "Đồng bộ ngay": `ltt sync run --json` (exit 1 when a file was refused; the JSON is still the run's result). */
  async syncRun(): Promise<SyncRunJson> {
    const r = await this.ltt('sync', 'run');
    if (r.code !== 0 && r.code !== 1) throw new Error(`${this.name}: ltt sync run → exit ${r.code}\n${r.stderr}`);
    if (!r.json) throw new Error(`${this.name}: ltt sync run printed no JSON: ${r.stderr}`);
    return r.json as SyncRunJson;
  }

  /** Accept every install waiting for a decision (what a person does after reading the fingerprints). */
  async trustPending(): Promise<number> {
    const list = (await this.must('sync', 'trust', '--list')).json as Array<{ fingerprint: string; trust: string }>;
    const pending = list.filter((k) => k.trust === 'pending');
    for (const k of pending) await this.must('sync', 'trust', k.fingerprint);
    return pending.length;
  }

  /** Run, accept whoever is waiting, and run again until nobody waits (bounded). */
  async syncUntilSettled(maxRounds = 4): Promise<SyncRunJson> {
    let r = await this.syncRun();
    for (let i = 0; i < maxRounds; i++) {
      if ((await this.trustPending()) === 0 && r.pending.length === 0) break;
      r = await this.syncRun();
    }
    return r;
  }

  async items(): Promise<ListedItem[]> {
    const r = await this.must('item', 'list', '--from', '2020-01-01', '--to', '2020-12-31');
    return (r.json as ListedItem[]).slice().sort((a, b) => a.id.localeCompare(b.id));
  }

  async status(): Promise<{ quarantined: number; pendingFiles: number; openConflicts: number; [k: string]: unknown }> {
    return (await this.must('sync', 'status')).json as { quarantined: number; pendingFiles: number; openConflicts: number };
  }
}

export interface SyncRunJson {
  applied: number;
  duplicates: number;
  conflicts: number;
  rejected: Array<{ file: string; reason: string }>;
  pending: Array<{ file: string; install: string }>;
  exported: { files: string[]; changes: number; folder: string };
  message: string;
  [k: string]: unknown;
}
