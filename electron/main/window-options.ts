import type { BrowserWindowConstructorOptions } from 'electron';

export const PRODUCT_NAME = 'Lịch Tuyên Truyền';
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: { x?: number; y?: number; width: number; height: number };
  iconPath?: string;
}

/**
 * Options for the one main window. IMPORTANT: every line under webPreferences is a security.md item
 * (2, 3, 4, 6, 8, 9, 10, 11); tests assert each of them, so a change here is a deliberate decision.
 */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: true,
    },
  };
}
