/** JSON with object keys sorted at every level: the same value always gives the same bytes (hashes, signatures, dumps). */
export function canonicalJson(value: unknown): string {
  // Values that arrive in sync files are usually canonical already: serialise them as they are, without copying.
  return JSON.stringify(isCanonical(value) ? value : sortKeys(value));
}

function isCanonical(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isCanonical);
  if (value === null || typeof value !== 'object') return true;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  let previous: string | null = null;
  for (const key in value) {
    // sortKeys drops "__proto__" (assigning it sets the prototype); take that path so the bytes never depend on key order.
    if (!Object.prototype.hasOwnProperty.call(value, key) || key === '__proto__') return false;
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || (previous !== null && !(previous < key)) || !isCanonical(v)) return false;
    previous = key;
  }
  return true;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
