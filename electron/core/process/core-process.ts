import path from 'node:path';
import { serveCore } from './serve-core';
import type { PortLike } from './wire';

/**
 * Entry of the core's own process (bundled to dist/core/core-process.cjs, started by the desktop's main process with
 * Electron's utilityProcess.fork): a slow command (a large plan file, a report, a sync import) runs here, so the
 * window's main process stays free. The main process hands over one MessagePort first; everything else goes over it.
 * `process.parentPort` is Electron's (a global of utility processes; electron/core never imports electron).
 */
interface ParentPort {
  once(event: 'message', listener: (event: { data: unknown; ports: PortLike[] }) => void): unknown;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  console.error('core-process: không chạy trong tiến trình phụ của Electron (thiếu process.parentPort).');
  process.exit(2);
}
parentPort.once('message', ({ ports }) => {
  const port = ports[0];
  if (!port) {
    process.exit(2);
    return;
  }
  serveCore(port, { exit: (code) => process.exit(code), importWorker: path.join(__dirname, 'import-worker.cjs') });
});
