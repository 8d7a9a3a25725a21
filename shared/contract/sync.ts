import { z } from 'zod';
import { command, empty, query } from './define';
import { text } from './fields';
import type { Freshness } from '../domain/sync/freshness';

/** One other install, as the Đồng bộ screen lists it. */
export interface SyncInstallView {
  installId: string;
  orgId: string;
  orgName: string | null;
  installName: string | null;
  /** Null for installs known only through changes another install passed on. */
  fingerprint: string | null;
  trust: 'pending' | 'trusted' | 'refused' | 'relayed';
  lastFile: string | null;
  lastFileAt: string | null;
  lastChangeAt: string | null;
  changes: number;
  maxSeq: number;
  /** Missing seq ranges below maxSeq (files not received yet). */
  gaps: Array<[number, number]>;
  /** How many of our changes this install said it holds in its last file. */
  hasOfOurs: number | null;
}

/** Pushed as a `progress` event while sync files are imported (the import may run for a while on a worker). */
export interface SyncImportProgress {
  kind: 'sync-import';
  phase: 'started' | 'applying' | 'finished';
  /** Changes applied so far in the current file (phase 'applying'). */
  applied?: number;
  via?: 'worker' | 'in-process';
}

/** An organisation other installs' files came from, with a person's decision and its PCs. */
interface SyncOrgView {
  orgId: string;
  orgName: string | null;
  trust: 'pending' | 'trusted' | 'refused';
  installs: string[];
}

/** One line of the sync log (an install accepted on its organisation's word, a revoked PC's changes refused…). */
interface SyncEventView {
  at: string;
  kind: string;
  message: string;
}

export interface SyncStatus {
  orgs?: SyncOrgView[];
  events?: SyncEventView[];
  me: { installId: string; installName: string; orgId: string | null; orgName: string | null; fingerprint: string; ourChanges: number };
  folder: { path: string | null; intervalMinutes: number; onStart: boolean };
  lastExportAt: string | null;
  /** Changes (ours and passed on) not written to a file yet. */
  unexported: number;
  installs: SyncInstallView[];
  openConflicts: number;
  quarantined: number;
  pendingFiles: number;
  /** Changes kept for tables or fields this version does not know yet (applied after an upgrade). */
  parked: number;
}

/** A key rotation of this install (`sync:rotateKey`, `ltt sync rotate-key`). */
export interface SyncKeyRotation {
  fingerprint: string;
  previousFingerprint: string;
  /** The old key still vouches for this install's changes up to this number, and for nothing after. */
  lastOldSeq: number;
  rotatedAt: string;
}

export interface SyncConflictView {
  id: number;
  table: string;
  rowId: string;
  group: string;
  /** 'deleted': an edit made while another install deleted the row. */
  kind: 'concurrent' | 'deleted';
  label: string;
  winner: { value: Record<string, unknown>; hlc: string; at: string; install: string; installName: string | null };
  loser: { value: Record<string, unknown>; hlc: string; at: string; install: string; installName: string | null };
  /** Only the organisation owning the row can resolve it. */
  canResolve: boolean;
  detectedAt: string;
}

export interface SyncFileView {
  fileName: string;
  install: string | null;
  orgName: string | null;
  reasonCode: string | null;
  reason: string | null;
  changes: number;
  at: string;
}

/** One file of an import or a folder run, with what became of it. */
interface SyncFileOutcome {
  file: string;
  status: 'applied' | 'duplicate' | 'pending' | 'rejected' | 'skipped';
  applied: number;
  /** Why it was refused, left for later or partly left out (a refused or revoked origin's changes). */
  reason: string | null;
}

export interface SyncImportResult {
  applied: number;
  duplicates: number;
  conflicts: number;
  /** Every file, in the order handled (a folder run adds the ones it skipped without opening). */
  files?: SyncFileOutcome[];
  rejected: Array<{ file: string; reason: string }>;
  pending: Array<{ file: string; install: string; orgName: string | null; installName: string | null; fingerprint: string | null }>;
}

export interface SyncExportResult {
  files: string[];
  changes: number;
  folder: string;
}

export interface SyncRunResult extends SyncImportResult {
  exported: SyncExportResult;
  message: string;
}

/** Home Affairs view: each organisation's schedule side by side, with how fresh its data is. */
export interface OverviewOrg {
  orgId: string;
  orgName: string;
  own: boolean;
  /** Latest change of this organisation held here, however it came (directly or passed on by another install). */
  lastChangeAt: string | null;
  /** Last file received directly from one of its trusted installs; null when its data only came passed on. */
  lastFileAt: string | null;
  /** How fresh that is, by the rule in shared/domain/sync/freshness.ts on the core's clock. */
  freshness: Freshness;
  items: Array<{ id: string; title: string; kind: string; outlet: string; plannedDate: string; plannedTime: string | null; status: string }>;
  totals: { planned: number; done: number; cancelled: number };
}

interface OverviewTaskRow {
  taskId: string;
  code: string;
  title: string;
  /** orgId → items serving this task in the period: planned count and done count. */
  byOrg: Record<string, { planned: number; done: number }>;
}

export interface SyncOverview {
  from: string;
  to: string;
  orgs: OverviewOrg[];
  tasks: OverviewTaskRow[];
}

const fileInput = z.object({ fileName: text(255), contentBase64: z.string().max(700_000_000, { error: 'Tệp quá lớn.' }) }).strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng yyyy-MM-dd.' });

/** The one computer (`sync:findInstall`) or organisation (`sync:findOrg`) a person names on the command line. */
export interface SyncInstallRef {
  installId: string;
  installName: string;
  orgId: string;
  orgName: string | null;
}
export interface SyncOrgRef {
  orgId: string;
  orgName: string | null;
}

export const syncContract = {
  'sync:status': query<SyncStatus>()(empty),
  // Writes into the chosen sync folder (or the data folder); the CLI's --out calls the service directly.
  'sync:export': command<SyncExportResult>()(z.object({ all: z.boolean().default(false) }).strict()),
  'sync:import': command<SyncImportResult>()(z.object({ files: z.array(fileInput).min(1).max(200), trustNew: z.boolean().default(false) }).strict()),
  'sync:run': command<SyncRunResult>()(empty),
  'sync:setFolder': command<SyncStatus['folder']>()(
    z
      .object({
        path: text(1000).nullable(),
        intervalMinutes: z.number().int().min(0, { error: 'Số phút không được âm.' }).max(1440, { error: 'Tối đa 1440 phút (một ngày).' }).default(0),
        onStart: z.boolean().default(false),
      })
      .strict(),
  ),
  'sync:conflicts': query<SyncConflictView[]>()(empty),
  'sync:resolve': command<{ resolved: true }>()(
    z.object({ id: z.number().int().min(1), pick: z.enum(['winner', 'loser'], { error: 'Chọn giữ bản thắng (winner) hoặc bản thua (loser).' }) }).strict(),
  ),
  'sync:quarantine': query<SyncFileView[]>()(empty),
  'sync:trust': command<SyncImportResult>()(z.object({ installId: z.string().min(1).max(64), accept: z.boolean() }).strict()),
  'sync:trustOrg': command<SyncImportResult>()(z.object({ orgId: z.string().min(1).max(100), accept: z.boolean() }).strict()),
  /** By the first 8 or more hex digits of its key's fingerprint (colons and spaces ignored); ambiguity refused. */
  'sync:findInstall': query<SyncInstallRef>()(z.object({ fingerprint: text(200) }).strict()),
  /** By its name (accents, case and spacing ignored) or its id, among the organisations that sent files. */
  'sync:findOrg': query<SyncOrgRef>()(z.object({ name: text(300) }).strict()),
  'sync:revoke': command<{ revokedAfterSeq: number }>()(z.object({ installId: z.string().min(1).max(64), reason: text(500).default('') }).strict()),
  /** A new key for this install, announced signed by the old one (a backup holding the old key has leaked). */
  'sync:rotateKey': command<SyncKeyRotation>()(empty),
  'sync:overview': query<SyncOverview>()(z.object({ from: isoDay, to: isoDay }).strict()),
};
