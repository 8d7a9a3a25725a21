import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** Namespace for every deterministic id of this app (fixed forever: changing it would split synced data). */
const NAMESPACE = '6f1c2a64-3b7e-4c55-9d0e-2f7a8b9c0d1e';

/** Natural keys compare equal regardless of case, diacritic encoding (NFC/NFD) and spacing. */
function normaliseKey(part: string): string {
  return part.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * Deterministic id from a kind and its natural key, so two installs that create the same
 * organisation or import the same plan independently agree on ids (UUIDv5).
 */
export function deterministicId(kind: string, ...parts: string[]): string {
  return nameBasedId(kind, parts.map(normaliseKey).join('\u0000'));
}

/** UUIDv5 of a kind and an already-normalised key (callers with their own normalisation, e.g. plan numbers). */
export function nameBasedId(kind: string, key: string): string {
  return uuidv5(`${kind}\u0000${key}`, NAMESPACE);
}

export function orgIdFromName(name: string): string {
  return deterministicId('org', name);
}

/** Time-ordered random id for ordinary rows (UUIDv7). */
export function newId(): string {
  return uuidv7();
}
