import { foldVi } from '../fold';
import { nameBasedId } from '../ids';

/**
 * Deterministic ids from natural keys, so that two installs importing the same plan agree
 * on every id without talking to each other (UUIDv5, shared/domain/ids.ts).
 * IMPORTANT: changing a normalisation here changes ids of existing data; add, never edit.
 */
export function nameBasedUuid(kind: string, key: string): string {
  return nameBasedId(kind, key);
}

/** Issuer as a key: "Ủy ban nhân dân tỉnh" and "UBND tỉnh" stay different, but accents, tone placement, case and spacing do not. */
function issuerKey(issuer: string): string {
  return foldVi(issuer).replace(/[.,;:]/g, '');
}

/** "259 /KH-UBND", "259/kh-ubnd", "Số: 259/KH-UBND" → "259/KH-UBND". */
export function normalisePlanNumber(number: string): string {
  return foldVi(number)
    .replace(/^so\s*:?\s*/, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** Task codes "05", "5" and " 5." are the same row; "III.1.2-a" stays as written (upper-cased). */
export function taskCodeKey(code: string): string {
  const compact = foldVi(code).replace(/\s+/g, '').replace(/\.$/, '').toUpperCase();
  return /^\d+$/.test(compact) ? String(Number(compact)) : compact;
}

export function planIdOf(issuer: string, number: string, year: number): string {
  return nameBasedUuid('plan', `${issuerKey(issuer)}\u0000${normalisePlanNumber(number)}\u0000${year}`);
}

export function taskIdOf(planId: string, code: string): string {
  return nameBasedUuid('task', `${planId}\u0000${taskCodeKey(code)}`);
}

export function agencyKey(name: string): string {
  return foldVi(name)
    .replace(/[.,;:()"“”'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function agencyIdOf(name: string): string {
  return nameBasedUuid('agency', agencyKey(name));
}
