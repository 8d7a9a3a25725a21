import type { ImportOptions, ImportSummary } from './importer';

/** What the import worker is given: plain data only (it opens its own connection to the same file). */
export interface ImportJob {
  dbFile: string;
  nativeBinding?: string;
  installId: string;
  files: string[];
  options: Omit<ImportOptions, 'now' | 'onApplied'>;
  /** The core's clock minus the system clock, so an injected clock reaches the worker. */
  clockOffsetMs: number;
}

export type ImportWorkerMessage =
  { type: 'ready' } | { type: 'progress'; applied: number } | { type: 'done'; summary: ImportSummary } | { type: 'failed'; message: string; code?: string };
