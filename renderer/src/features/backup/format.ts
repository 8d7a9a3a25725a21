/** `2026-11-26T02:31:00.000Z` → `26/11/2026 09:31` on this computer's clock (dates on screen are dd/MM/yyyy). */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 'pre-migration-v6' → 'pre-migration' (the label key). */
export function kindKey(kind: string): string {
  return kind.startsWith('pre-migration') ? 'pre-migration' : kind;
}
