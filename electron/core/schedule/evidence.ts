import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { ioErrorToAppError } from '../safety/io-errors';

/**
 * Evidence files live in `<data folder>/evidence/<sha256 prefix>/<sha256>-<safe name>`: content-addressed,
 * never overwritten. A leftover `*.tmp` from a killed process is removed on the next start (stale-temp.ts).
 */
export const EVIDENCE_DIR = 'evidence';
const MAX_BYTES = 30 * 1024 * 1024;

function safeName(name: string): string {
  const base = path.basename(name).normalize('NFC');
  const cleaned = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '');
  return (cleaned || 'minh-chung').slice(-120);
}

export interface StoredEvidence {
  /** Path relative to the data folder (what the item records). */
  relativePath: string;
  sha256: string;
}

/** Copy bytes into the data folder; the relative path and hash go on the item. */
export function storeEvidenceBytes(dataDir: string, name: string, bytes: Buffer): StoredEvidence {
  if (bytes.length === 0) throw new AppError('invalid_input', `Tệp minh chứng "${name}" trống.`, { field: 'evidence', file: name });
  if (bytes.length > MAX_BYTES) throw new AppError('invalid_input', `Tệp minh chứng "${name}" quá lớn (tối đa 30 MB).`, { field: 'evidence', file: name });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const rel = path.join(EVIDENCE_DIR, sha256.slice(0, 2), `${sha256.slice(0, 16)}-${safeName(name)}`);
  const abs = path.join(dataDir, rel);
  if (!fs.existsSync(abs)) {
    const tmp = `${abs}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, abs);
    } catch (error) {
      // IMPORTANT: a full disk must not leave half a file behind (nor an `internal` error).
      fs.rmSync(tmp, { force: true });
      throw ioErrorToAppError(error, name, 'evidence') ?? error;
    }
  }
  return { relativePath: rel.split(path.sep).join('/'), sha256 };
}
