import type { Db } from '../db/open';
import { canonicalJson } from './canonical-json';
import type { SignedSegment } from '../../../shared/domain/sync/segment';
import { stmt } from './statements';

/** A segment this install holds whole (every change of it is in the log), with its local arrival number. */
export interface HeldSegment {
  n: number;
  segment: SignedSegment;
}

/** Remember a segment whose changes are all in the log (applied here or sealed here): it can be relayed from now on. */
export function storeSegment(db: Db, seg: SignedSegment, nowIso: string): void {
  const s = seg.statement;
  stmt(
    db,
    `INSERT INTO sync_segments (install_id, seq_from, seq_to, count, digest, signed, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (install_id, seq_from, seq_to, digest) DO NOTHING`,
  ).run(s.install, s.seqFrom, s.seqTo, s.count, s.digest, canonicalJson(seg), nowIso);
}

export function holdsSegment(db: Db, seg: SignedSegment): boolean {
  const s = seg.statement;
  return (
    stmt(db, 'SELECT 1 FROM sync_segments WHERE install_id = ? AND seq_from = ? AND seq_to = ? AND digest = ?').get(s.install, s.seqFrom, s.seqTo, s.digest) !==
    undefined
  );
}

/** Segments in arrival order, those after `afterN` (0: all). */
export function listSegments(db: Db, afterN = 0): HeldSegment[] {
  return (stmt(db, 'SELECT n, signed FROM sync_segments WHERE n > ? ORDER BY n').all(afterN) as Array<{ n: number; signed: string }>).map((r) => ({
    n: r.n,
    segment: JSON.parse(r.signed) as SignedSegment,
  }));
}

/** The highest seq of this install's own changes already sealed into a segment. */
export function sealedTo(db: Db, install: string): number {
  const r = stmt(db, 'SELECT MAX(seq_to) AS s FROM sync_segments WHERE install_id = ?').get(install) as { s: number | null };
  return r.s ?? 0;
}

/**
 * For each install we hold segments of: the highest seq with nothing missing below it (the segments from seq 1 on
 * join up; holes inside a segment are changes that never leave their install). The header's `known` vector.
 */
export function knownVector(db: Db): Record<string, number> {
  const rows = stmt(db, 'SELECT install_id, seq_from, seq_to FROM sync_segments ORDER BY install_id, seq_from').raw(true).all() as Array<
    [string, number, number]
  >;
  const out: Record<string, number> = {};
  for (const [install, from, to] of rows) {
    const top = out[install] ?? 0;
    if (from <= top + 1) out[install] = Math.max(top, to);
    else if (!(install in out)) out[install] = 0;
  }
  return out;
}

/** The highest seq in this install's own log (local-only changes included): where a key rotation cuts. */
export function lastOwnSeq(db: Db, install: string): number {
  const r = stmt(db, 'SELECT MAX(seq) AS s FROM change_log WHERE install_id = ?').get(install) as { s: number | null };
  return r.s ?? 0;
}
