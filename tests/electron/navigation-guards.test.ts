import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/main/app-origin';
import { validateExternalUrl, openExternalSafely } from '../../electron/main/external-links';
import { attachNavigationGuards } from '../../electron/main/navigation-guards';
import { denyAllPermissions } from '../../electron/main/permissions';

function guardedContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as null | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    },
  });
  const opened: string[] = [];
  const shell = { openExternal: async (url: string) => void opened.push(url) };
  attachNavigationGuards(contents as never, shell);
  const navigate = (eventName: string, url: string) => {
    let prevented = false;
    contents.emit(eventName, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, opened, navigate };
}

const foreign = [
  'https://example.com/',
  'http://127.0.0.1:3000/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://ltt.evil.com/index.html',
  'app://evil.com/ltt/index.html',
  'app://user@ltt/index.html',
  'app://ltt:8080/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
];

describe('navigation guard', () => {
  it('lets the window move within app://ltt', () => {
    const { navigate } = guardedContents();
    expect(navigate('will-navigate', 'app://ltt/index.html')).toBe(false);
    expect(navigate('will-navigate', 'app://ltt/lich?thang=2026-05#tuan-2')).toBe(false);
    expect(navigate('will-redirect', 'app://ltt/index.html')).toBe(false);
  });

  it.each(foreign)('cancels navigation and redirects to %s', (url) => {
    const { navigate, opened } = guardedContents();
    expect(navigate('will-navigate', url)).toBe(true);
    expect(navigate('will-redirect', url)).toBe(true);
    expect(opened).toEqual([]);
  });

  it('refuses to attach a <webview>', () => {
    const { navigate } = guardedContents();
    expect(navigate('will-attach-webview', 'app://ltt/index.html')).toBe(true);
  });

  it('never opens a new window; an http(s) link goes to the user browser, anything else nowhere', async () => {
    const { contents, opened } = guardedContents();
    for (const url of ['https://chinhphu.vn/', 'app://ltt/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share']) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened).toEqual(['https://chinhphu.vn/']);
  });

  it('isAppUrl accepts only the exact scheme and host (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(isAppUrl(url)).toBe(false);
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(fc.webPath(), (p) => {
        expect(isAppUrl(`app://ltt${p.startsWith('/') ? p : `/${p}`}`)).toBe(true);
      }),
    );
  });
});

describe('external links', () => {
  it('accepts plain http(s) links only', () => {
    expect(validateExternalUrl('https://chinhphu.vn/van-ban?id=1')).toBe('https://chinhphu.vn/van-ban?id=1');
    expect(validateExternalUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ms-settings:',
      'smb://host/share',
      'https://user:pw@example.com/',
      'app://ltt/',
      '',
      42,
      null,
      `https://x.com/${'a'.repeat(3000)}`,
    ]) {
      expect(validateExternalUrl(bad)).toBeNull();
    }
  });

  it('any scheme other than http(s) is refused (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/).filter((s) => s !== 'http' && s !== 'https'),
        fc.webPath(),
        (scheme, p) => {
          expect(validateExternalUrl(`${scheme}://host${p}`)).toBeNull();
        },
      ),
    );
  });

  it('openExternalSafely hands only validated links to the OS', async () => {
    const opened: string[] = [];
    const shell = { openExternal: async (url: string) => void opened.push(url) };
    expect(await openExternalSafely(shell, 'file:///etc/passwd')).toBe(false);
    expect(await openExternalSafely(shell, 'https://example.com/a')).toBe(true);
    expect(opened).toEqual(['https://example.com/a']);
  });
});

describe('permission handler', () => {
  it('denies every permission request and check, whatever the origin', () => {
    let request: ((...args: unknown[]) => void) | null = null;
    let check: ((...args: unknown[]) => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h: unknown) => void (request = h as never),
      setPermissionCheckHandler: (h: unknown) => void (check = h as never),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const answers: boolean[] = [];
      request!({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl: 'app://ltt/index.html' });
      expect(answers).toEqual([false]);
      expect(check!({}, permission, 'app://ltt', {})).toBe(false);
    }
  });
});
