/**
 * The Content-Security-Policy sent as a response header with every file of the UI (security.md item 7).
 * Nothing is loaded from the network: scripts, styles, fonts and data only from our own origin.
 * `data:`/`blob:` images and fonts cover what the bundler inlines and charts drawn in the page.
 * Kept free of Electron imports so the browser host can send the very same header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
