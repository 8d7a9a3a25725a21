import type { Item } from '../types';

/**
 * Was this done item proven by a log line? Read from what syncs (the note "Minh chứng: dòng N của tệp F
 * (SHA-256 h)" that confirming writes, with h the hash of the evidence file on the done record), so every office
 * that receives the item sees the same answer, not only the computer that imported the log.
 * IMPORTANT: the one place this is decided (Theo dõi's count, the report's split and column, the as-of view).
 */
const NOTE = /Minh chứng: dòng (\d+) của tệp (.+) \(SHA-256 ([0-9a-f]{64})\)/g;

interface LogProof {
  line: number;
  file: string;
  /** The note's line itself, as written when confirming. */
  note: string;
}

export function logProof(item: Pick<Item, 'status' | 'notes' | 'done'>): LogProof | null {
  if (item.status !== 'done' || !item.done?.evidenceSha256) return null;
  for (const m of item.notes.matchAll(NOTE)) if (m[3] === item.done.evidenceSha256) return { line: Number(m[1]), file: m[2]!, note: m[0] };
  return null;
}
