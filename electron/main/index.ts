import { app } from 'electron';
import { builtPaths, runMain } from './lifecycle';

// The Electron main process entry (bundled to dist/main/index.cjs, so __dirname is dist/main).
runMain(builtPaths(__dirname, app.getAppPath(), app.isPackaged ? process.resourcesPath : undefined));
