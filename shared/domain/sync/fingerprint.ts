/** A key fingerprint as people read it aloud: 16 groups of 4 hex digits. */
export function formatFingerprint(hex: string): string {
  return (hex.toLowerCase().match(/.{1,4}/g) ?? []).join(':');
}

/** Accepts a typed fingerprint or a prefix of it (at least 8 hex digits), with or without separators. */
export function normaliseFingerprintInput(input: string): string | null {
  const hex = input.toLowerCase().replace(/[^0-9a-f]/g, '');
  return hex.length >= 8 && hex.length <= 64 ? hex : null;
}
