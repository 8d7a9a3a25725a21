import type { CliIo } from './runtime';

/**
 * IMPORTANT: text from outside (file names, install and organisation names from sync files, plan
 * cells, titles) can carry terminal control sequences: `ESC[8m` hides what follows (a fingerprint),
 * `ESC]…` retitles or rewrites the terminal, C1 `CSI` (U+009B) does the same on some terminals, and
 * bidi overrides reorder what is shown. Everything the CLI prints goes through here; each such
 * character is shown as a visible `\uXXXX` escape (valid inside JSON strings too).
 */
// C0 except tab and newline, DEL, C1, bidi embeddings/overrides/isolates/marks, line/paragraph separators.
const LAYOUT_SAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same plus tab, newline and carriage return: for one value inside a line (it cannot fake another line).
const VALUE_SAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Whole output as the CLI writes it: our own newlines and tabs stay, every other control character is escaped. */
export function escapeForTerminal(text: string): string {
  return text.replace(LAYOUT_SAFE, escape);
}

/** One outside value inside a line of output: newlines and tabs are escaped too. */
export function shown(value: string | null | undefined): string {
  return (value ?? '').replace(VALUE_SAFE, escape);
}

/** The CLI's output with every write escaped (the one place, so no command can forget it). */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    stdout: (text) => io.stdout(escapeForTerminal(text)),
    stderr: (text) => io.stderr(escapeForTerminal(text)),
  };
}
