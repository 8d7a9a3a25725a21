#!/usr/bin/env node
// `npm start`: build everything, then launch the desktop app.
// - Where the Electron binary is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed),
//   say so in one paragraph and point to the browser host; exit 1 without a stack trace.
// - better-sqlite3 in node_modules stays the Node build (`npm test` uses it). The desktop app gets its own
//   Electron-ABI build in node_modules/.cache/, made once per Electron version (a prebuilt binary, else compiled
//   against Electron's headers), and passed to the app in LTT_NATIVE_BINDING.
// Usage: node scripts/start.mjs [--no-build] [electron arguments…]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

export const MISSING_ELECTRON_MESSAGE = [
  'Không khởi động được ứng dụng máy tính: chương trình Electron chưa được tải về máy này',
  '(gói npm "electron" đã được cài với ELECTRON_SKIP_BINARY_DOWNLOAD=1 hoặc việc tải về bị chặn vì máy không ra được Internet).',
  'Hãy dùng bản chạy trong trình duyệt: chạy "npm run web" rồi mở địa chỉ được in ra;',
  'hoặc trên máy có mạng, cài lại Electron bằng "npm rebuild electron" rồi chạy lại "npm start".',
  '/ The desktop app cannot start: the Electron binary was not downloaded on this machine',
  '(installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the download was blocked).',
  'Run the browser version instead with "npm run web" and open the address it prints;',
  'or, on a machine with Internet access, run "npm rebuild electron" and then "npm start" again.',
].join(' ');

/** Where the Electron executable would be, mirroring the electron package's own index.js, or null if it is not there. */
export function findElectronBinary(electronDir, env = process.env) {
  let executable = null;
  try {
    executable = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // path.txt is written only after a successful download.
  }
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = dist ? path.join(dist, executable || 'electron') : executable ? path.join(electronDir, 'dist', executable) : null;
  return binary && fs.existsSync(binary) ? binary : null;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

/** Builds (once per Electron version) better-sqlite3 for Electron's ABI in a separate folder; returns the .node path. */
export function ensureElectronSqlite(electronVersion, { platform = process.platform, arch = process.arch } = {}) {
  const sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const cacheRoot = process.env.LTT_NATIVE_CACHE || path.join(root, 'node_modules', '.cache', 'lich-tuyen-truyen');
  const cacheDir = path.join(cacheRoot, `better-sqlite3-electron-${electronVersion}-${platform}-${arch}`);
  const binding = path.join(cacheDir, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;

  console.log(`start: building better-sqlite3 for Electron ${electronVersion} (once) in ${path.relative(root, cacheDir)}`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    fs.cpSync(path.join(sourceDir, entry), path.join(cacheDir, entry), { recursive: true });
  }
  const fromSqlite = createRequire(path.join(sourceDir, 'package.json'));
  const tried = [];
  try {
    const prebuild = fromSqlite.resolve('prebuild-install/bin.js');
    tried.push('prebuild-install');
    if (
      run(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform], { cwd: cacheDir }) &&
      fs.existsSync(binding)
    ) {
      return binding;
    }
  } catch {
    // prebuild-install not installed: compile instead.
  }
  const nodeGyp = process.env.npm_config_node_gyp || require.resolve('node-gyp/bin/node-gyp.js');
  tried.push('node-gyp');
  const built = run(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: cacheDir },
  );
  if (built && fs.existsSync(binding)) return binding;
  fs.rmSync(cacheDir, { recursive: true, force: true });
  throw new Error(
    `Không tạo được bản better-sqlite3 cho Electron ${electronVersion} (đã thử: ${tried.join(', ')}). Cần mạng để tải bản dựng sẵn hoặc tệp header của Electron. ` +
      `/ Could not build better-sqlite3 for Electron ${electronVersion} (tried: ${tried.join(', ')}); this needs network access.`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const skipBuild = args[0] === '--no-build';
  const electronArgs = skipBuild ? args.slice(1) : args;

  // Build first either way: the browser host suggested below serves the same build.
  if (!skipBuild && !run(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root })) process.exit(1);

  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    electronDir = null;
  }
  const binary = electronDir ? findElectronBinary(electronDir) : null;
  if (!binary) {
    console.error(MISSING_ELECTRON_MESSAGE);
    process.exit(1);
  }

  let binding;
  try {
    binding = ensureElectronSqlite(JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version);
  } catch (error) {
    console.error(`start: ${error.message}`);
    process.exit(1);
  }
  const child = spawn(binary, ['.', ...electronArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LTT_NATIVE_BINDING: binding, ELECTRON_RUN_AS_NODE: undefined },
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
