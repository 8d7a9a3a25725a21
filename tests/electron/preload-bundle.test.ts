import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
// @ts-expect-error: a plain .mjs build script (no types)
import { preloadOptions } from '../../scripts/build-targets.mjs';

async function bundle(): Promise<string> {
  // The production build's own options, built in memory.
  const result = await build({ ...(await preloadOptions()), outfile: undefined, sourcemap: false, write: false, logLevel: 'silent' });
  return result.outputFiles![0]!.text;
}

/** Runs the bundle as a sandboxed renderer would, with `electron` replaced; returns what it exposed and what reached IPC. */
function load(code: string) {
  const exposed: Record<string, unknown> = {};
  const invoked: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, value: unknown) => (exposed[name] = value) },
    ipcRenderer: {
      invoke: async (_ipc: string, channel: string) => (invoked.push(channel), { ok: true }),
      send: () => undefined,
      on: () => undefined,
    },
    webUtils: { getPathForFile: () => '' },
  };
  const window = { addEventListener: () => undefined };
  const module = { exports: {} };
  const requireElectron = (name: string) => {
    if (name !== 'electron') throw new Error(`the preload required ${name}`);
    return electron;
  };
  new Function('module', 'exports', 'require', 'window', code)(module, module.exports, requireElectron, window);
  return { api: exposed.api as { invoke(channel: string, input?: unknown): Promise<{ ok: boolean }> }, invoked, exposed };
}

describe('the preload bundle', () => {
  it('is CommonJS that requires nothing but electron (a sandboxed renderer cannot load anything else)', async () => {
    const code = await bundle();
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

  it('carries the channel list, not the contract: a few KB instead of zod and every schema', async () => {
    const code = await bundle();
    expect(code.length).toBeLessThan(20_000);
    expect(code).not.toMatch(/zod|safeParse/);
  });

  it('lets exactly the contract channels through and refuses any other name on its own', async () => {
    const { api, invoked, exposed } = load(await bundle());
    expect(Object.keys(exposed)).toEqual(['api']);
    for (const channel of channels) expect((await api.invoke(channel)).ok).toBe(true);
    expect(invoked).toEqual([...channels]);
    const refused = await api.invoke('db:exec', 'DROP TABLE items');
    expect(refused.ok).toBe(false);
    expect(invoked).toHaveLength(channels.length);
  });
});
