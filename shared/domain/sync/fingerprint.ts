/** A key fingerprint as people read it aloud: 16 groups of 4 hex digits. */
export function formatFingerprint(hex: string): string {
  return (hex.toLowerCase().match(/.{1,4}/g) ?? []).join(':');
}

/** Accepts a typed fingerprint or a prefix of it (at least 8 hex digits), with or without separators. */
export function normaliseFingerprintInput(input: string): string | null {
  const hex = input.toLowerCase().replace(/[^0-9a-f]/g, '');
  return hex.length >= 8 && hex.length <= 64 ? hex : null;
}

/**
 * The part of a fingerprint a person reads aloud over the phone: 6 groups of 4 hex digits (96 bits, far beyond what
 * anyone could match by making keys); the full value stays one click (or `--list`) away.
 */
export function shortFingerprint(hex: string): string {
  return (hex.toLowerCase().slice(0, 24).match(/.{1,4}/g) ?? []).join(' ');
}
