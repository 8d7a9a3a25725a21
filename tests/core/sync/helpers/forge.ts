import type { Site } from './site';
import type { ChangeWriter } from '../../../../electron/core/sync/write-path';
import type { WireChange } from '../../../../shared/domain/sync/change';
import type { Db } from '../../../../electron/core/db/open';
import { refreshRow } from '../../../../electron/core/sync/row-refresh';
import { canonicalJson } from '../../../../electron/core/sync/canonical-json';
import { signBytes } from '../../../../electron/core/sync/keys';
import type { FileHeader } from '../../../../shared/domain/sync/file-header';

/** Split a sync file into its parts (tests forge files the way an attacker or a broken tool would). */
export function splitFile(bytes: Buffer): { magic: string; header: FileHeader; signature: string; body: Buffer } {
  const nl1 = bytes.indexOf(0x0a);
  const nl2 = bytes.indexOf(0x0a, nl1 + 1);
  const nl3 = bytes.indexOf(0x0a, nl2 + 1);
  return {
    magic: bytes.subarray(0, nl1).toString('utf8'),
    header: JSON.parse(bytes.subarray(nl1 + 1, nl2).toString('utf8')) as FileHeader,
    signature: bytes.subarray(nl2 + 1, nl3).toString('latin1'),
    body: bytes.subarray(nl3 + 1),
  };
}

/** Rebuild a file with a changed header and/or body, validly signed by `privateKey`. */
export function resign(bytes: Buffer, privateKey: string, edit: (h: FileHeader) => FileHeader = (h) => h, body?: Buffer, magic?: string): Buffer {
  const parts = splitFile(bytes);
  const signed = Buffer.from(`${magic ?? parts.magic}\n${canonicalJson(edit(parts.header))}\n`, 'utf8');
  return Buffer.concat([signed, Buffer.from(`${signBytes(signed, privateKey)}\n`), body ?? parts.body]);
}

/** An install's database as an attacker holding it sees it: the log, the write path's clock, its organisation. */
export interface ForgeTarget {
  db: Db;
  writer: ChangeWriter;
  org: string;
  now: () => number;
}

function siteTarget(site: Site): ForgeTarget {
  return {
    db: site.db,
    writer: site.writer,
    org: site.org,
    now: () => {
      site.clock.advance(10);
      return site.clock.now();
    },
  };
}

/**
 * What a modified app would do: append a change to an install's own log directly, past the write path's checks
 * (ownership, values), so the app's own exporter then signs and relays it. `install`/`seq` let it pose as another
 * install. The row is re-derived as the import would.
 */
export function appendRaw(
  target: Site | ForgeTarget,
  w: { table: string; rowId: string; group: string; value: Record<string, unknown>; org?: string; install?: string; seq?: number; refresh?: boolean },
): WireChange {
  const t = 'clock' in target ? siteTarget(target) : target;
  const install = w.install ?? t.writer.installId;
  const nowMs = t.now();
  return t.db.transaction(() => {
    const seq = w.seq ?? (t.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM change_log WHERE install_id = ?').get(install) as { s: number }).s;
    const c: WireChange = {
      install,
      seq,
      org: w.org ?? t.org,
      table: w.table,
      rowId: w.rowId,
      group: w.group,
      value: w.value as WireChange['value'], // unchecked: a forger's value need not be a field's
      // A change may only carry its own install's clock (the schema checks it): a forger stamps the one it poses as.
      hlc: install === t.writer.installId ? t.writer.clockValue.tick(nowMs) : `${nowMs.toString(16).padStart(12, '0')}-0000-${install}`,
      baseHlc: null,
      tx: `forged-${install}-${seq}`,
      actor: 'attacker',
    };
    t.writer.append(c);
    t.writer.persistClock();
    // A value the app's own tables refuse (a mistyped field) cannot be materialised here either; the log is what travels.
    if (w.refresh !== false) refreshRow(t.db, w.table, w.rowId, new Date(nowMs).toISOString());
    t.writer.resync();
    return c;
  })();
}
