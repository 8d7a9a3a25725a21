import path from 'node:path';
import Database from 'better-sqlite3';
import { encodeSyncFile, ndjsonLine, writeFileAtomically, type HeaderIdentity } from '../../electron/core/sync/file-writer';
import { keyIdOf } from '../../electron/core/sync/keys';
import { DEFAULT_MAX_BODY_BYTES } from '../../electron/core/sync/exporter';
import { SegmentDigest, signSegment } from '../../electron/core/sync/segments';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { LOG_RECORD_COLUMNS, toWire, type LogRecord } from '../../electron/core/sync/log-record';
import type { SignedSegment } from '../../shared/domain/sync/segment';
import type { WireChange } from '../../shared/domain/sync/change';
import { installIdentities, type InstallIdentity } from '../data/generate';
import { ORGS } from '../data/vocab';

export type { LogRecord };

export interface StationFile {
  file: string;
  changes: number;
  /** How many origin-signed segments the file holds (the import verifies one signature each). */
  segments: number;
  /** The same rows as change_log rows, for the raw-insert baseline. */
  rows: LogRecord[];
}

type Part = { segment: SignedSegment; changes: WireChange[] };

/**
 * The station's rows sealed as its exporter seals them (exporter.ts): runs cut between user actions when the
 * uncompressed body would pass the exporter's cap, each signed by the station's key over the SHA-256 of its
 * change hashes in seq order.
 */
function sealAsStation(station: InstallIdentity, rows: readonly LogRecord[], createdAt: string): Part[] {
  const profile = ORGS[1]!;
  const parts: Part[] = [];
  const digest = new SegmentDigest();
  let run: LogRecord[] = [];
  let wire: WireChange[] = [];
  let bytes = 0;
  const close = () => {
    if (run.length === 0) return;
    const statement = {
      install: station.installId,
      org: station.orgId,
      orgName: profile.name,
      installName: profile.installName,
      publicKey: station.publicKey,
      keyId: keyIdOf(station.publicKey),
      seqFrom: run[0]!.seq,
      seqTo: run[run.length - 1]!.seq,
      count: run.length,
      digest: digest.take(),
      createdAt,
    };
    parts.push({ segment: signSegment(statement, station.privateKey), changes: wire });
    run = [];
    wire = [];
    bytes = 0;
  };
  for (const r of rows) {
    const c = toWire(r);
    const size = Buffer.byteLength(ndjsonLine(c));
    if (run.length > 0 && bytes + size > DEFAULT_MAX_BODY_BYTES && r.tx !== run[run.length - 1]!.tx) close();
    run.push(r);
    wire.push(c);
    bytes += size;
    digest.add(r.hash);
  }
  close();
  return parts;
}

function stationHeader(station: InstallIdentity, known: number): HeaderIdentity {
  return {
    schema: LATEST_SCHEMA_VERSION,
    org: station.orgId,
    orgName: ORGS[1]!.name,
    install: station.installId,
    installName: ORGS[1]!.installName,
    publicKey: station.publicKey,
    keyId: keyIdOf(station.publicKey),
    known: { [station.installId]: known },
  };
}

function stationRows(dbFile: string, installId: string, limit: number): LogRecord[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(`SELECT ${LOG_RECORD_COLUMNS} FROM change_log WHERE install_id = ? ORDER BY seq LIMIT ?`).all(installId, limit) as LogRecord[];
  } finally {
    db.close();
  }
}

/**
 * Signed sync files (format 2) as the station's install would export them: its first `count` changes (cut at a user
 * action boundary) sealed into origin-signed segments with the station's key (derived from the seed, like the
 * generated database), then the file signed by the station as writer.
 */
export function stationFiles(dbFile: string, seed: string, counts: readonly number[], outDir: string, keepRows: number): StationFile[] {
  const station = installIdentities(seed)[1]!;
  const all = stationRows(dbFile, station.installId, Math.max(...counts) + 1);
  return counts.map((n) => {
    let cut = Math.min(n, all.length);
    // Never split a user action across files (the exporter does the same).
    while (cut > 0 && cut < all.length && all[cut]!.tx === all[cut - 1]!.tx) cut -= 1;
    const rows = all.slice(0, cut);
    const createdAt = '2026-01-01T00:00:00.000Z';
    const parts = sealAsStation(station, rows, createdAt);
    const f = encodeSyncFile(stationHeader(station, rows.at(-1)?.seq ?? 0), parts, station.privateKey, createdAt);
    const file = writeFileAtomically(path.join(outDir, String(n)), f.name, f.bytes);
    return { file, changes: cut, segments: parts.length, rows: cut <= keepRows ? rows : [] };
  });
}

/**
 * The same changes in a second, differently stamped file (so the file-level duplicate check cannot skip it): the
 * segments are sealed again with a later date, as a relay's re-pack of the same runs would differ from the first file.
 */
export function restampedFile(dbFile: string, seed: string, count: number, outDir: string): string {
  const station = installIdentities(seed)[1]!;
  const rows = stationRows(dbFile, station.installId, count);
  const createdAt = '2026-01-02T00:00:00.000Z';
  const f = encodeSyncFile(stationHeader(station, rows.at(-1)?.seq ?? 0), sealAsStation(station, rows, createdAt), station.privateKey, createdAt);
  return writeFileAtomically(path.join(outDir, 'restamped'), f.name, f.bytes);
}
