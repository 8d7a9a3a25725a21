import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

describe('the preload bundle', () => {
  it('is CommonJS that requires nothing but electron (a sandboxed renderer cannot load anything else)', async () => {
    // Same options as scripts/build.mjs's preload target, built in memory.
    const result = await build({
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('exposeInMainWorld("api"');
    // The contract's channel list is bundled in, so the preload can refuse unknown channels on its own.
    expect(code).toContain('"app:info"');
    // What is exposed is the bridge built around ipcRenderer, never ipcRenderer itself.
    expect(code).toMatch(/exposeInMainWorld\("api", createBridge\(import_electron\.ipcRenderer\)\)/);
    expect(code.match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });
});
