import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/core/reports/atomic-write';
import { AppError } from '../../../shared/contract/errors';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-atomic-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const entries = () => fs.readdirSync(dir).sort();

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary file', async () => {
    const out = path.join(dir, 'bao-cao.csv');
    await writeFileAtomic({ out }, () => 'xin chào');
    expect(fs.readFileSync(out, 'utf8')).toBe('xin chào');
    expect(entries()).toEqual(['bao-cao.csv']);
  });

  it('refuses to overwrite an existing file without force, and keeps it', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    fs.writeFileSync(out, 'cũ');
    const error = await writeFileAtomic({ out }, () => 'mới').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect((error as AppError).message).toContain('đã tồn tại');
    expect(fs.readFileSync(out, 'utf8')).toBe('cũ');
    expect(entries()).toEqual(['bao-cao.docx']);
  });

  it('overwrites with force', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    fs.writeFileSync(out, 'cũ');
    await writeFileAtomic({ out, force: true }, () => 'mới');
    expect(fs.readFileSync(out, 'utf8')).toBe('mới');
    expect(entries()).toEqual(['bao-cao.docx']);
  });

  it('leaves nothing behind when producing the content fails', async () => {
    const out = path.join(dir, 'bao-cao.xlsx');
    await expect(writeFileAtomic({ out }, () => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    expect(entries()).toEqual([]);
  });

  it('refuses when a file appears at the target while rendering', async () => {
    const out = path.join(dir, 'bao-cao.pdf');
    const error = await writeFileAtomic({ out }, () => {
      fs.writeFileSync(out, 'người khác');
      return 'của ta';
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('conflict');
    expect(fs.readFileSync(out, 'utf8')).toBe('người khác');
    expect(entries()).toEqual(['bao-cao.pdf']);
  });

  it('says in Vietnamese when the folder does not exist', async () => {
    const out = path.join(dir, 'khong-co', 'bao-cao.csv');
    await expect(writeFileAtomic({ out }, () => 'x')).rejects.toThrow(/không tồn tại/);
  });
});
