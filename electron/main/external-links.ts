import type { Shell } from 'electron';

/**
 * security.md item 15: only plain http(s) links, without credentials, reasonably short, are handed to the OS.
 * Returns the normalised URL to open, or null to refuse.
 */
export function validateExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.toString();
}

/** Opens a link in the user's browser after validation; a refused link is ignored (never opened as a file or app). */
export async function openExternalSafely(shell: Pick<Shell, 'openExternal'>, value: unknown): Promise<boolean> {
  const url = validateExternalUrl(value);
  if (!url) return false;
  await shell.openExternal(url, { activate: true });
  return true;
}
