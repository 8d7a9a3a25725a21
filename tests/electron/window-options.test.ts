import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fakes/electron'));

const { createMainBrowserWindow, MIN_HEIGHT, MIN_WIDTH } = await import('../../electron/main/window-options');
const { builtPaths } = await import('../../electron/main/lifecycle');
const fake = await import('./fakes/electron');

describe('main window options', () => {
  fake.resetFakes();
  const window = createMainBrowserWindow({ preloadPath: '/app/dist/preload/index.cjs', bounds: { x: 10, y: 20, width: 1200, height: 800 } });
  // What the real BrowserWindow constructor would have received.
  const options = (window as unknown as InstanceType<typeof fake.BrowserWindow>).options as Record<string, unknown>;
  const prefs = options.webPreferences as Record<string, unknown>;

  it('isolates the renderer: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security and turns off insecure content, experimental features, Blink features and <webview>', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the CommonJS preload it was given and uses the restored bounds with a sensible minimum', () => {
    expect(prefs.preload).toBe('/app/dist/preload/index.cjs');
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT });
    expect(options.title).toBe('Lịch Tuyên Truyền');
    expect(options.show).toBe(false);
  });

  it('points at the built preload (.cjs) and renderer beside dist/main', () => {
    const paths = builtPaths(path.join('/opt/app', 'dist', 'main'), '/opt/app');
    expect(paths.preload).toBe(path.join('/opt/app', 'dist', 'preload', 'index.cjs'));
    expect(paths.renderer).toBe(path.join('/opt/app', 'dist', 'renderer'));
    expect(paths.icon).toBe(path.join('/opt/app', 'resources', 'icons', 'png', '256x256.png'));
    // The core's own process is built beside the import worker (scripts/build-targets.mjs coreBundles).
    expect(paths.coreProcess).toBe(path.join('/opt/app', 'dist', 'core', 'core-process.cjs'));
    expect(builtPaths('/x/dist/main', '/x', '/opt/lich/resources').icon).toBe(path.join('/opt/lich/resources', 'icon.png'));
  });
});
