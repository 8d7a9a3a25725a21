/** Largest plan file accepted: a province's plan is a few hundred KB; anything bigger is the wrong file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Largest total unpacked size of a DOCX/XLSX (guards against zip bombs). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_TASK_ROWS = 2000;

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
