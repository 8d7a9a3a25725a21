/**
 * The limits of an as-run log or published list, in one place: the contract, the readers, the CLI and the
 * tests all read them from here. A month of a busy channel's as-run log is a few thousand lines and well under
 * 1 MB; the caps leave room for a year of several channels while keeping one preview in memory cheap.
 */
export const RECONCILE_MAX_BYTES = 20 * 1024 * 1024;
export const RECONCILE_MAX_MB = 20;
export const RECONCILE_MAX_ROWS = 50_000;
/** A cell longer than this is no title or time: its line is refused (a pasted blob, a binary row). */
export const RECONCILE_MAX_CELL_CHARS = 2_000;
/** Days either side of a line's date searched for its planned item when the person sets no window. */
export const RECONCILE_DEFAULT_WINDOW_DAYS = 3;
export const RECONCILE_MAX_WINDOW_DAYS = 31;
/** Frames per second of a timecode (`HH:mm:ss:ff`) or a duration in frames when the mapping says none (PAL). */
export const DEFAULT_FPS = 25;
