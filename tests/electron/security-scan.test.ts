import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { ACCEPTED, classify, GATED } from '../../scripts/security-scan.mjs';

const root = path.resolve(__dirname, '../..');
type Issue = { id: string; file: string };

describe('security scan gate', () => {
  it('fails on a gated check, passes accepted findings with their reason, reports the rest', () => {
    const { failures, accepted, others } = classify([
      { id: 'NODE_INTEGRATION_JS_CHECK', file: 'main/window.ts' },
      { id: 'CSP_GLOBAL_CHECK', file: 'N/A' },
      { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/external-links.ts' },
      { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/somewhere-else.ts' },
      { id: 'ELECTRON_VERSION_JSON_CHECK', file: 'package.json' },
    ] satisfies Issue[]);
    expect(failures.map((i: Issue) => `${i.id} ${i.file}`)).toEqual([
      'NODE_INTEGRATION_JS_CHECK main/window.ts',
      'OPEN_EXTERNAL_JS_CHECK main/somewhere-else.ts',
    ]);
    expect(accepted.map((a: { issue: Issue; reason: string }) => a.issue.id)).toEqual(['CSP_GLOBAL_CHECK', 'OPEN_EXTERNAL_JS_CHECK']);
    for (const a of accepted) expect(a.reason.length).toBeGreaterThan(40);
    expect(others.map((i: Issue) => i.id)).toEqual(['ELECTRON_VERSION_JSON_CHECK']);
  });

  it('gates every security.md renderer setting and accepts only findings it explains', () => {
    for (const id of [
      'NODE_INTEGRATION_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'INSECURE_CONTENT_JS_CHECK',
      'EXPERIMENTAL_FEATURES_JS_CHECK',
      'BLINK_FEATURES_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ]) {
      expect(GATED.has(id)).toBe(true);
    }
    for (const rule of ACCEPTED) expect(rule.reason.split(' ').length).toBeGreaterThan(10);
  });

  it('the real scanner fails an insecure app (the gate can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-insecure-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron');\nconst win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\nwin.loadURL('http://example.com');\n",
      );
      const result = spawnSync(process.execPath, [path.join(root, 'scripts/security-scan.mjs'), dir], { encoding: 'utf8', timeout: 170_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('security-scan: FAILED');
      for (const id of [
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]) {
        expect(result.stderr).toContain(id);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
