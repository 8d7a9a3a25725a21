import type { Shell, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalSafely, validateExternalUrl } from './external-links';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * security.md items 11, 13, 14: the window stays on our app:// origin. Any other navigation or redirect
 * is cancelled; a new window is never created — an http(s) link the user clicked with target=_blank
 * opens in the user's browser instead.
 */
export function attachNavigationGuards(contents: GuardedContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => {
    if (validateExternalUrl(details.url)) void openExternalSafely(shell, details.url).catch(() => undefined);
    return { action: 'deny' };
  });
}
