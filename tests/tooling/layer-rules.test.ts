import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

// The layer rules of `npm run lint` (.dependency-cruiser.cjs), run on a scratch tree shaped like the repo:
// every rule must fire on an import against the grain, written as a relative path (the hole the old
// import-string rules had), and the imports the architecture allows must pass.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };

/** file → what it imports. Each bad line names the rule(s) it must trip. */
const tree: Record<string, string[]> = {
  'shared/contract/items.ts': ["import '../domain/dates';"],
  'shared/domain/dates.ts': ["import 'zod';"],
  'electron/core/service.ts': ["import '../../shared/contract/items';"],
  'electron/cli/command.ts': ["import '../core/service';", "import '../../shared/domain/dates';"],
  'electron/web/server.ts': ["import '../core/service';"],
  'electron/main/ipc.ts': ["import '../core/service';", "import '../../shared/contract/items';"],
  'electron/preload/bridge.ts': ["import 'electron';", "import '../../shared/contract/items';"],
  'renderer/src/page.ts': ["import '../../shared/contract/items';"],
};
const bad: Array<{ file: string; line: string; rules: string[] }> = [
  { file: 'shared/domain/bad-layer.ts', line: "import '../../electron/core/service';", rules: ['shared-is-pure'] },
  { file: 'shared/domain/bad-node.ts', line: "import 'node:fs';", rules: ['shared-is-pure'] },
  { file: 'renderer/src/bad-core.ts', line: "import '../../electron/core/service';", rules: ['renderer-only-shared'] },
  { file: 'renderer/src/bad-node.ts', line: "import 'node:path';", rules: ['renderer-no-node'] },
  { file: 'electron/core/bad-cli.ts', line: "import '../cli/command';", rules: ['core-only-shared'] },
  { file: 'electron/core/bad-main.ts', line: "import '../main/ipc';", rules: ['core-only-shared', 'nothing-imports-main-or-web'] },
  { file: 'electron/cli/bad-preload.ts', line: "import '../preload/bridge';", rules: ['ways-in-through-core'] },
  { file: 'electron/web/bad-renderer.ts', line: "import '../../renderer/src/page';", rules: ['ways-in-through-core'] },
  { file: 'electron/main/bad-cli.ts', line: "import '../cli/command';", rules: ['main-through-core'] },
  { file: 'electron/preload/bad-domain.ts', line: "import '../../shared/domain/dates';", rules: ['preload-only-contract'] },
  { file: 'electron/preload/bad-core.ts', line: "import '../core/service';", rules: ['preload-only-contract'] },
  { file: 'electron/cli/bad-web.ts', line: "import '../web/server';", rules: ['nothing-imports-main-or-web'] },
  // Packages count by where they resolve, too.
  { file: 'shared/domain/bad-react.ts', line: "import 'react';", rules: ['shared-is-pure'] },
  { file: 'renderer/src/bad-electron.ts', line: "import 'electron';", rules: ['renderer-only-shared'] },
  { file: 'renderer/src/bad-sqlite.ts', line: "import 'better-sqlite3';", rules: ['renderer-only-shared'] },
  { file: 'electron/core/bad-electron.ts', line: "import 'electron';", rules: ['core-only-shared'] },
  { file: 'electron/cli/bad-electron.ts', line: "import 'electron';", rules: ['ways-in-through-core'] },
];

/** Stand-ins for the packages the rules name, so they resolve into node_modules as in the repo. */
const PACKAGES = ['electron', 'better-sqlite3', 'react', 'zod'];

let dir = '';
let result: ICruiseResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ltt-layers-'));
  const write = (file: string, lines: string[]) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `${lines.join('\n')}\nexport {};\n`);
  };
  for (const name of PACKAGES) {
    write(`node_modules/${name}/index.js`, []);
    writeFileSync(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }));
  }
  for (const [file, lines] of Object.entries(tree)) write(file, lines);
  for (const b of bad) write(b.file, [b.line]);
  const cwd = process.cwd();
  process.chdir(dir); // rule paths are relative to the cruise's base, as they are in the repo
  try {
    const out = await cruise(
      ['shared', 'renderer', 'electron'],
      { validate: true, ruleSet: { forbidden: config.forbidden }, tsPreCompilationDeps: true, baseDir: dir, doNotFollow: { path: 'node_modules' } },
      { extensions: ['.ts', '.js'] },
    );
    result = out.output as ICruiseResult;
  } finally {
    process.chdir(cwd);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const violationsOf = (file: string) => result.summary.violations.filter((v) => v.from === file).map((v) => v.rule.name);

describe('layer rules (.dependency-cruiser.cjs)', () => {
  it('let every import the architecture allows through', () => {
    for (const file of Object.keys(tree)) expect(violationsOf(file), file).toEqual([]);
  });

  it.each(bad)('refuse $file ($line)', ({ file, rules }) => {
    expect([...new Set(violationsOf(file))].sort()).toEqual([...rules].sort());
  });

  it('has a failing fixture for every rule it defines', () => {
    const tripped = new Set(bad.flatMap((b) => b.rules));
    expect(config.forbidden.map((r) => r.name ?? '(unnamed)').filter((n) => !tripped.has(n))).toEqual([]);
  });
});
