import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleDataFile, resolveDataFile } from '../../electron/main/data-files';

let base: string;
let dataDir: string;
let outside: string;
let exeSha: string;
let exeFile: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-datafiles-'));
  dataDir = path.join(base, 'data');
  fs.mkdirSync(path.join(dataDir, 'exports'), { recursive: true });
  fs.mkdirSync(path.join(dataDir, 'evidence'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'exports', 'bao-cao-thang-5.docx'), 'DOCX');
  // Evidence as the app stores it: evidence/<2 hex>/<16 hex>-<name>, named by its SHA-256.
  exeSha = crypto.createHash('sha256').update('MZ').digest('hex');
  exeFile = path.join(dataDir, 'evidence', exeSha.slice(0, 2), `${exeSha.slice(0, 16)}-setup.exe`);
  fs.mkdirSync(path.dirname(exeFile), { recursive: true });
  fs.writeFileSync(exeFile, 'MZ');
  fs.writeFileSync(path.join(dataDir, 'lich-tuyen-truyen.sqlite-wal'), 'WAL with the private key');
  outside = path.join(base, 'secret.txt');
  fs.writeFileSync(outside, 'secret');
  fs.symlinkSync(outside, path.join(dataDir, 'exports', 'link.txt'));
  fs.mkdirSync(path.join(base, 'documents'));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function deps(saveTo: string | null = null) {
  const calls: string[] = [];
  return {
    calls,
    deps: {
      dialog: { showSaveDialog: async () => (saveTo ? { canceled: false, filePath: saveTo } : { canceled: true, filePath: '' }) },
      shell: {
        openPath: async (p: string) => (calls.push(`open ${p}`), ''),
        showItemInFolder: (p: string) => void calls.push(`show ${p}`),
      },
      window: null,
      dataDir,
      documentsDir: path.join(base, 'documents'),
    } as never,
  };
}

describe('files of the data folder on the desktop', () => {
  it('only files inside the data folder are reachable', () => {
    expect(resolveDataFile(dataDir, { path: 'exports/bao-cao-thang-5.docx' })).toBe(fs.realpathSync(path.join(dataDir, 'exports', 'bao-cao-thang-5.docx')));
    expect(resolveDataFile(dataDir, { evidence: exeSha })).toBe(fs.realpathSync(exeFile));
    const bad = [
      '../secret.txt',
      'exports/../../secret.txt',
      outside,
      'exports/link.txt',
      'exports',
      'missing.docx',
      'exports/a\0.docx',
      'C:/Windows/win.ini',
      'lich-tuyen-truyen.sqlite-wal',
      path.relative(dataDir, exeFile),
    ];
    for (const p of bad) expect(resolveDataFile(dataDir, { path: p }), p).toBeNull();
    expect(resolveDataFile(dataDir, { evidence: '0'.repeat(64) })).toBeNull();
  });

  it('save: copies the file where the user chose', async () => {
    const target = path.join(base, 'documents', 'copy.docx');
    expect(await handleDataFile(deps(target).deps, { action: 'save', path: 'exports/bao-cao-thang-5.docx' })).toBe(target);
    expect(fs.readFileSync(target, 'utf8')).toBe('DOCX');
    expect(await handleDataFile(deps(null).deps, { action: 'save', path: 'exports/bao-cao-thang-5.docx' })).toBeNull();
  });

  it('open: a document opens in its program; a program file is only shown in its folder, never run', async () => {
    const { deps: d, calls } = deps();
    expect(await handleDataFile(d, { action: 'open', path: 'exports/bao-cao-thang-5.docx' })).toBe(true);
    expect(await handleDataFile(d, { action: 'open', evidence: exeSha })).toBe(true);
    expect(calls).toEqual([`open ${fs.realpathSync(path.join(dataDir, 'exports', 'bao-cao-thang-5.docx'))}`, `show ${fs.realpathSync(exeFile)}`]);
  });

  it('refuses malformed requests and paths outside the folder', async () => {
    const { deps: d, calls } = deps(path.join(base, 'x'));
    for (const bad of [
      null,
      { action: 'delete', path: 'exports/bao-cao-thang-5.docx' },
      { action: 'open', path: '../secret.txt' },
      { action: 'save', path: outside },
      { action: 'open', path: 'exports/bao-cao-thang-5.docx', extra: 1 },
      { action: 'open', path: 'lich-tuyen-truyen.sqlite-wal' },
      { action: 'open', path: 'exports/bao-cao-thang-5.docx', evidence: exeSha },
    ]) {
      expect(await handleDataFile(d, bad)).toBeNull();
    }
    expect(calls).toEqual([]);
    expect(fs.existsSync(path.join(base, 'x'))).toBe(false);
  });
});
