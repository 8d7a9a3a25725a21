import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDF_RENDERER_MISSING, findSoffice } from '../../../electron/core/reports/pdf';
import { writeReport } from '../../../electron/core/reports/write-report';
import { AppError } from '../../../shared/contract/errors';
import { sampleDocument } from '../../shared/report/fixture';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-pdf-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('PDF', () => {
  it('says clearly, with a code, when no renderer is available, and writes nothing', async () => {
    const saved = process.env.LTT_SOFFICE;
    process.env.LTT_SOFFICE = 'none';
    try {
      const out = path.join(dir, 'bao-cao.pdf');
      const error = await writeReport(sampleDocument(), { format: 'pdf', out }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details?.reason).toBe(PDF_RENDERER_MISSING);
      expect((error as AppError).message).toMatch(/^Không xuất được PDF/);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.LTT_SOFFICE;
      else process.env.LTT_SOFFICE = saved;
    }
  });

  it('uses a renderer supplied by the shell (the printToPDF hook)', async () => {
    const out = path.join(dir, 'bao-cao.pdf');
    let seen = '';
    await writeReport(sampleDocument(), {
      format: 'pdf',
      out,
      pdfRenderer: async (doc, docx) => {
        seen = `${doc.title}:${docx.subarray(0, 2).toString()}`;
        return Buffer.from('%PDF-1.7 giả lập');
      },
    });
    expect(seen).toBe('BÁO CÁO:PK');
    expect(fs.readFileSync(out, 'utf8')).toBe('%PDF-1.7 giả lập');
  });

  const soffice = findSoffice();
  it.skipIf(!soffice)(
    `converts with LibreOffice${soffice ? '' : ' — SKIPPED: LibreOffice (soffice) is not installed'}`,
    async () => {
      const out = path.join(dir, 'bao-cao.pdf');
      const progress: number[] = [];
      await writeReport(sampleDocument(), { format: 'pdf', out, onProgress: (f) => progress.push(f) });
      expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      expect(progress.at(-1)).toBe(1);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(fs.readdirSync(dir)).toEqual(['bao-cao.pdf']);
    },
    240_000,
  );
});
