import type { LogEntry } from './row-state';
import type { LogRecord } from './log-record';

/** Rough bytes one held entry costs beside its value text: the object, its clocks, the list slot (names are shared). */
const ENTRY_OVERHEAD = 240;
const DEFAULT_HELD_BYTES = 40 * 1024 * 1024;
/** Installs, organisations and group names repeat on every change: held once each (up to this many). */
const MAX_NAMES = 1000;

/**
 * The log entries of rows an import file brings for the first time (no entry of theirs was in the log before it),
 * kept as they are appended so the refresh at the end need not read them back: for a first import that read
 * was a quarter of the time. Bounded: past `maxBytes`, rows are no longer held (or are let go) and the refresh
 * reads them from the log as it does for every other row, so memory stays flat however large the file.
 *
 * Kept for `syncImportVsRawInsert` (BENCHMARKS.md: 2.79 → 2.53 with "leaner held rows", the run of 09:35) and bounded
 * for `importMemoryScaling` (≤ 2: 1.7 with the 40 MB cap).
 */
export class HeldRows {
  private readonly rows = new Map<string, { entries: LogEntry[]; bytes: number }>();
  private readonly names = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_HELD_BYTES) {}

  /** A row first seen in this file, with nothing of it in the log yet: hold its entries from now on, if there is room. */
  start(rowKey: string): void {
    if (this.bytes < this.maxBytes) this.rows.set(rowKey, { entries: [], bytes: 0 });
  }

  /** The change was appended to the log: keep it with its row if that row is held. */
  add(rowKey: string, c: LogRecord): void {
    const row = this.rows.get(rowKey);
    if (!row) return;
    // Value text counted at two bytes a character: Vietnamese text is stored that way.
    const size = ENTRY_OVERHEAD + 2 * (c.valueJson.length + (c.supersedesJson?.length ?? 0));
    if (this.bytes + size > this.maxBytes) {
      this.release(rowKey);
      return;
    }
    this.bytes += size;
    row.bytes += size;
    row.entries.push({
      install: this.name(c.install),
      seq: c.seq,
      org: this.name(c.org),
      group: this.name(c.group),
      valueJson: c.valueJson,
      hlc: c.hlc,
      baseHlc: c.baseHlc,
      supersedesJson: c.supersedesJson,
    });
  }

  private name(s: string): string {
    const known = this.names.get(s);
    if (known !== undefined) return known;
    if (this.names.size < MAX_NAMES) this.names.set(s, s);
    return s;
  }

  /** Stop holding a row (a duplicate met, or no room): the refresh reads it from the log. */
  release(rowKey: string): void {
    const row = this.rows.get(rowKey);
    if (!row) return;
    this.bytes -= row.bytes;
    this.rows.delete(rowKey);
  }

  /** Every entry of the row, when it is held; undefined means read it from the log. */
  entries(rowKey: string): LogEntry[] | undefined {
    return this.rows.get(rowKey)?.entries;
  }

  /** Estimated bytes held now (tests). */
  get heldBytes(): number {
    return this.bytes;
  }
}
