/** Largest plan file accepted: a province's plan is a few hundred KB; anything bigger is the wrong file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Largest total unpacked size of a DOCX/XLSX (guards against zip bombs). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_TASK_ROWS = 2000;

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * Caps on work, checked while a DOCX/XLSX part is being inflated (zip-scan.ts), so a file within the
 * size limit but with hundreds of thousands of rows is refused in seconds with bounded memory, before
 * any parser builds a model of it. A province's plan has a few hundred tasks (MAX_TASK_ROWS).
 */
export const MAX_SHEET_ROWS = 20_000;
export const MAX_SHEET_CELLS = 400_000;
export const MAX_SHARED_STRINGS = 400_000;
export const MAX_DOCX_PARAGRAPHS = 200_000;
export const MAX_DOCX_TABLE_ROWS = 20_000;
export const MAX_DOCX_CELLS = 400_000;

/** 20000 → "20.000" (Vietnamese thousands separator). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
