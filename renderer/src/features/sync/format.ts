/** dd/MM/yyyy HH:mm in local time for event timestamps (ISO UTC in the data). */
export function viDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** yyyy-MM-dd → dd/MM/yyyy. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

export function gapsText(gaps: Array<[number, number]>): string {
  return gaps.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/** A group value as people read it: field values joined, deletes spelled out. */
export function valueText(value: Record<string, unknown>, deletedLabel: string): string {
  if (Object.keys(value).length === 1 && value.deleted === true) return deletedLabel;
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
