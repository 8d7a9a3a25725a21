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
 * The part read aloud over the phone: 6 groups of 4 hex digits (96 bits, far beyond what anyone could forge to
 * match by chance), from a fingerprint in any spelling. The full value stays one click away.
 */
export function shortFingerprint(fingerprint: string): string {
  const hex = fingerprint.toLowerCase().replace(/[^0-9a-f]/g, '');
  return (hex.slice(0, 24).match(/.{1,4}/g) ?? []).join(' ');
}
