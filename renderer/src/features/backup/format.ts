export { formatViDateTime as formatWhen } from '../../../../shared/domain/dates';

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 'pre-migration-v6' → 'pre-migration' (the label key). */
export function kindKey(kind: string): string {
  return kind.startsWith('pre-migration') ? 'pre-migration' : kind;
}
