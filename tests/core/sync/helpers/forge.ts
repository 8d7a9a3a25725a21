import type { Site } from './site';
import type { Change } from '../../../../electron/core/sync/write-path';
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

/**
 * What a modified app would do: append a change to an install's own log directly, past the write path's checks
 * (ownership, values), so the app's own exporter then signs and relays it. The row is re-derived as the import would.
 */
export function appendRaw(site: Site, w: { table: string; rowId: string; group: string; value: Record<string, unknown>; org?: string }): Change {
  site.clock.advance(10);
  return site.db.transaction(() => {
    const seq = (site.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM change_log WHERE install_id = ?').get(site.installId) as { s: number }).s;
    const c: Change = {
      install: site.installId,
      seq,
      org: w.org ?? site.org,
      table: w.table,
      rowId: w.rowId,
      group: w.group,
      value: w.value,
      hlc: site.writer.clockValue.tick(site.clock.now()),
      baseHlc: null,
      tx: `forged-${seq}`,
      actor: 'attacker',
    };
    site.writer.append(c);
    site.writer.persistClock();
    refreshRow(site.db, w.table, w.rowId, new Date(site.clock.now()).toISOString());
    site.writer.resync();
    return c;
  })();
}
