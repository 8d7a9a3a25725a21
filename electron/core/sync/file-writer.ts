import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { canonicalJson } from './canonical-json';
import { signBytes } from './keys';
import { MAGIC_LINE, syncFileName, type FileHeader } from '../../../shared/domain/sync/file-header';
import type { WireChange } from '../../../shared/domain/sync/change';

export type HeaderIdentity = Pick<FileHeader, 'schema' | 'org' | 'orgName' | 'install' | 'installName' | 'publicKey' | 'keyId' | 'known'>;

export function ndjsonLine(c: WireChange): string {
  return `${canonicalJson(c)}\n`;
}

/**
 * Build one sync file: magic line, canonical header, Ed25519 signature of (magic + header),
 * gzip'd NDJSON body. The header holds the body's SHA-256 and length, so the signature covers it all.
 * `changes` must be ordered by (install, seq).
 */
export function encodeSyncFile(identity: HeaderIdentity, changes: readonly WireChange[], privateKey: string, createdAt: string): { bytes: Buffer; header: FileHeader; name: string } {
  const plain = Buffer.from(changes.map(ndjsonLine).join(''), 'utf8');
  const body = zlib.gzipSync(plain);
  const origins: FileHeader['origins'] = {};
  for (const c of changes) {
    const o = origins[c.install];
    if (!o) origins[c.install] = { from: c.seq, to: c.seq, count: 1 };
    else {
      o.from = Math.min(o.from, c.seq);
      o.to = Math.max(o.to, c.seq);
      o.count += 1;
    }
  }
  const own = origins[identity.install];
  const header: FileHeader = {
    format: 1,
    ...identity,
    seqFrom: own?.from ?? 0,
    seqTo: own?.to ?? 0,
    origins,
    count: changes.length,
    bodyLength: body.length,
    plainLength: plain.length,
    bodySha256: crypto.createHash('sha256').update(body).digest('hex'),
    createdAt,
  };
  const signed = Buffer.from(`${MAGIC_LINE}\n${canonicalJson(header)}\n`, 'utf8');
  const signature = signBytes(signed, privateKey);
  const bytes = Buffer.concat([signed, Buffer.from(`${signature}\n`, 'utf8'), body]);
  const hash8 = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  return { bytes, header, name: syncFileName(header, hash8) };
}

/**
 * Write to a hidden temporary name in the same folder, flush, then rename: a reader of a shared
 * folder never sees half a file, and an existing file is never overwritten or modified.
 */
export function writeFileAtomically(dir: string, name: string, bytes: Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  const final = path.join(dir, name);
  if (fs.existsSync(final)) return final;
  const tmp = path.join(dir, `.${name}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, final);
  return final;
}
