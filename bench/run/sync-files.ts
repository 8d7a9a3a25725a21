import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { encodeSyncFile, writeFileAtomically } from '../../electron/core/sync/file-writer';
import { keyIdOf } from '../../electron/core/sync/keys';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { logRowToWire, type LogRow } from '../../electron/core/sync/log-row';

export type { LogRow };
import { installIdentities } from '../data/generate';
import { ORGS } from '../data/vocab';

export interface StationFile {
  file: string;
  changes: number;
  /** The same rows as change_log rows, for the raw-insert baseline. */
  rows: LogRow[];
}

/**
 * Signed sync files as the station's install would export them: its first `count` changes (cut at a user
 * action boundary), signed with the station's key (derived from the seed, like the generated database).
 */
export function stationFiles(dbFile: string, seed: string, counts: readonly number[], outDir: string, keepRows: number): StationFile[] {
  const station = installIdentities(seed)[1]!;
  const profile = ORGS[1]!;
  const db = new Database(dbFile, { readonly: true });
  try {
    const max = Math.max(...counts);
    const all = db.prepare('SELECT * FROM change_log WHERE install_id = ? ORDER BY seq LIMIT ?').all(station.installId, max + 1) as LogRow[];
    fs.mkdirSync(outDir, { recursive: true });
    return counts.map((n) => {
      let cut = Math.min(n, all.length);
      // Never split a user action across files (the exporter does the same).
      while (cut > 0 && cut < all.length && all[cut]!.tx === all[cut - 1]!.tx) cut -= 1;
      const rows = all.slice(0, cut);
      const wire = rows.map(logRowToWire);
      const identity = {
        schema: LATEST_SCHEMA_VERSION,
        org: station.orgId,
        orgName: profile.name,
        install: station.installId,
        installName: profile.installName,
        publicKey: station.publicKey,
        keyId: keyIdOf(station.publicKey),
        known: { [station.installId]: cut },
      };
      const f = encodeSyncFile(identity, wire, station.privateKey, '2026-01-01T00:00:00.000Z');
      const file = writeFileAtomically(path.join(outDir, String(n)), f.name, f.bytes);
      return { file, changes: cut, rows: cut <= keepRows ? rows : [] };
    });
  } finally {
    db.close();
  }
}

/** The same changes in a second, differently stamped file (so the file-level duplicate check cannot skip it). */
export function restampedFile(dbFile: string, seed: string, count: number, outDir: string): string {
  const station = installIdentities(seed)[1]!;
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db.prepare('SELECT * FROM change_log WHERE install_id = ? ORDER BY seq LIMIT ?').all(station.installId, count) as LogRow[];
    const identity = {
      schema: LATEST_SCHEMA_VERSION,
      org: station.orgId,
      orgName: ORGS[1]!.name,
      install: station.installId,
      installName: ORGS[1]!.installName,
      publicKey: station.publicKey,
      keyId: keyIdOf(station.publicKey),
      known: { [station.installId]: rows.length },
    };
    const f = encodeSyncFile(identity, rows.map(logRowToWire), station.privateKey, '2026-01-02T00:00:00.000Z');
    return writeFileAtomically(path.join(outDir, 'restamped'), f.name, f.bytes);
  } finally {
    db.close();
  }
}
