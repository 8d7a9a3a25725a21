/**
 * IMPORTANT: text from outside (file names, install and organisation names from a sync file, plan cells) shown in a
 * terminal with its control characters made visible: an ESC sequence could otherwise hide or rewrite what a person
 * reads (`\e[8m` hides the fingerprint they are asked to compare).
 */
export function escapeTerminal(text: string): string {
  // C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
