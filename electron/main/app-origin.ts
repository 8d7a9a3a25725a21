/**
 * The renderer is served from `app://ltt/…` (security.md items 1 and 18: a custom protocol, never file://).
 * IMPORTANT: for a non-special scheme `new URL(...).origin` is the string "null", so every check here
 * compares the parsed protocol and host, never string prefixes and never `.origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ltt';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True only for a URL that belongs to our own app:// origin (same scheme, same host, no credentials, no port). */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === '';
}
