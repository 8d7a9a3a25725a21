import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge, handleDrop } from './bridge';

// Sandboxed preload (CommonJS, bundled): only `electron`'s renderer modules are available here.
contextBridge.exposeInMainWorld('api', createBridge(ipcRenderer));

// Dropping a file must never navigate the window; a dropped sync file opens the import preview.
window.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
window.addEventListener('drop', (event) => handleDrop(event, (file) => webUtils.getPathForFile(file), ipcRenderer));
