import type { Db } from './db/open';
import type { ChangeWriter, LocalWrite } from './sync/write-path';
import type { WireChange } from '../../shared/domain/sync/change';
import type { RunImport } from './sync/import-runner';

export interface CoreEvent {
  type: 'changed' | 'progress' | 'open-file';
  payload?: unknown;
}

/** What every service gets: the database, the write path, who is acting, and the clock. */
export interface CoreContext {
  db: Db;
  dbFile: string;
  dataDir: string;
  installId: string;
  writer: ChangeWriter;
  appVersion: string;
  now: () => Date;
  /** A new row id. From the context like the clock, so a replayed history (the bench's generator) is reproducible. */
  newId: () => string;
  /** Today's date (yyyy-MM-dd) on this computer's calendar. */
  today: () => string;
  /** This install's organisation id; null until first-run setup. */
  orgId: () => string | null;
  /** Organisation id, or a Vietnamese error telling the user to finish setup first. */
  requireOrgId: () => string;
  /** Name of the person using the app, recorded in the change log and history. */
  actor: () => string | null;
  /** Run one user action as one transaction. */
  transact: <T>(fn: () => T) => T;
  /** Write synced rows through the change log; call inside `transact`. */
  write: (writes: readonly LocalWrite[]) => WireChange[];
  emit: (event: CoreEvent) => void;
  /** Import sync files (one import at a time; in a worker thread when the app is built). */
  runImport: RunImport;
}
