import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { SYNC_FILE_EXTENSION } from '../../shared/contract/ipc-names';

const root = path.resolve(__dirname, '../..');
// Parse YAML with the same js-yaml electron-builder uses (resolved from app-builder-lib, so hoisting does not matter).
const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
interface BuilderConfig {
  productName: string;
  appId: string;
  publish: null;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  files: string[];
  electronFuses: Record<string, boolean>;
  directories: { buildResources: string };
  extraResources: Array<{ from: string; to: string }>;
  extraMetadata?: { version?: string };
  fileAssociations: Array<{ ext: string; mimeType: string; icon: string }>;
  win: { icon: string; target: unknown };
  nsis: Record<string, unknown> & { installerIcon: string; uninstallerIcon: string };
  linux: { icon: string; target: Array<{ target: string }>; mimeTypes: string[] };
}
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function validator() {
  // The schema uses electron-builder's own `typeof` keyword for function-valued options.
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(schema);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** The sizes of the images inside an ICO file, read from each image itself (PNG header or BMP info header). */
function icoSizes(buffer: Buffer): number[] {
  expect(buffer.readUInt16LE(2)).toBe(1);
  const count = buffer.readUInt16LE(4);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + i * 16;
    const declared = buffer.readUInt8(entry) || 256;
    const length = buffer.readUInt32LE(entry + 8);
    const offset = buffer.readUInt32LE(entry + 12);
    const image = buffer.subarray(offset, offset + length);
    expect(image.length).toBe(length);
    const isPng = image.subarray(1, 4).toString('latin1') === 'PNG';
    const actual = isPng ? pngSize(image).width : image.readInt32LE(4);
    if (!isPng) expect(image.readInt32LE(8)).toBe(actual * 2);
    expect(actual).toBe(declared);
    sizes.push(actual);
  }
  return sizes;
}

const buildResources = (file: string) => path.join(root, config.directories.buildResources, file);

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema (offline)', () => {
    const validate = validator();
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check does reject a wrong config', () => {
    const validate = validator();
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).toBe(false);
  });

  it('names the product, an app id and takes the version from package.json; never publishes', () => {
    expect(config.productName).toBe('Lịch Tuyên Truyền');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config).not.toHaveProperty('version');
    expect(config.extraMetadata?.version).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config.publish).toBeNull();
  });

  it('flips the fuses listed in security.md', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs the built app into an ASAR with the native module unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/build/Release/*.node');
    expect(config.npmRebuild).toBe(true);
    for (const part of ['dist/main/**', 'dist/core/**', 'dist/preload/**', 'dist/renderer/**', 'package.json']) expect(config.files).toContain(part);
    expect(pkg.main).toBe('dist/main/index.cjs');
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    expect(pkg.dependencies.electron).toBeUndefined();
  });

  it('builds a Vietnamese per-user NSIS installer with a folder choice and shortcuts', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.icon).toBe('resources/icons/png');
  });

  it('associates the sync file extension with the app', () => {
    expect(config.fileAssociations).toHaveLength(1);
    expect(`.${config.fileAssociations[0]!.ext}`).toBe(SYNC_FILE_EXTENSION);
    expect(config.linux.mimeTypes).toContain(config.fileAssociations[0]!.mimeType);
  });
});

describe('icons named by the config', () => {
  it('the Windows ICO holds every size from 16 to 256', () => {
    const ico = fs.readFileSync(path.join(root, config.win.icon));
    expect(icoSizes(ico)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('the installer, uninstaller and file-association icons exist in the build resources', () => {
    for (const file of [config.nsis.installerIcon, config.nsis.uninstallerIcon, `${config.fileAssociations[0]!.icon}.ico`]) {
      expect(icoSizes(fs.readFileSync(buildResources(file))).at(-1)).toBe(256);
    }
  });

  it('the Linux icon folder has NxN.png files of exactly their named size, 16 to 512', () => {
    const dir = path.join(root, config.linux.icon);
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    const sizes = names.map((name) => {
      const [, w, h] = /^(\d+)x(\d+)\.png$/.exec(name) ?? expect.unreachable(`bad icon name ${name}`);
      expect(pngSize(fs.readFileSync(path.join(dir, name)))).toEqual({ width: Number(w), height: Number(h) });
      return Number(w);
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
  });

  it('extra resources exist, and the source drawing is in the repo', () => {
    for (const { from } of config.extraResources) expect(fs.existsSync(path.join(root, from))).toBe(true);
    expect(fs.readFileSync(path.join(root, 'resources/icons/icon.svg'), 'utf8')).toContain('<svg');
  });
});
