import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { canonicalJson } from './canonical-json';
import { signBytes } from './keys';
import { FORMAT_VERSION, MAGIC_LINE, syncFileName, type FileHeader } from '../../../shared/domain/sync/file-header';
import type { SignedSegment } from '../../../shared/domain/sync/segment';
import type { WireChange } from '../../../shared/domain/sync/change';

export type HeaderIdentity = Pick<FileHeader, 'schema' | 'org' | 'orgName' | 'install' | 'installName' | 'publicKey' | 'keyId' | 'known' | 'keyRotations'>;

export function ndjsonLine(c: WireChange): string {
  return `${canonicalJson(c)}\n`;
}

/**
 * Build one sync file: magic line, canonical header (the segments' signed statements, the body's SHA-256 and
 * length), the writer's Ed25519 signature of (magic + header), gzip'd NDJSON body with each segment's changes in
 * order. The writer's signature covers the file as a whole; each segment's covers its changes, whoever relays it.
 * `parts` must be segments of one origin in seq order (the name says which runs the file holds).
 */
export function encodeSyncFile(
  identity: HeaderIdentity,
  parts: ReadonlyArray<{ segment: SignedSegment; changes: readonly WireChange[] }>,
  privateKey: string,
  createdAt: string,
): { bytes: Buffer; header: FileHeader; name: string } {
  const plain = Buffer.from(parts.map((p) => p.changes.map(ndjsonLine).join('')).join(''), 'utf8');
  const body = zlib.gzipSync(plain);
  const { keyRotations, ...rest } = identity;
  const header: FileHeader = {
    format: FORMAT_VERSION,
    ...rest,
    // Only when there are some, so a file of an install that never rotated its key is what it always was.
    ...(keyRotations && keyRotations.length > 0 ? { keyRotations } : {}),
    segments: parts.map((p) => p.segment),
    count: parts.reduce((n, p) => n + p.changes.length, 0),
    bodyLength: body.length,
    plainLength: plain.length,
    bodySha256: crypto.createHash('sha256').update(body).digest('hex'),
    createdAt,
  };
  const signed = Buffer.from(`${MAGIC_LINE}\n${canonicalJson(header)}\n`, 'utf8');
  const signature = signBytes(signed, privateKey);
  const bytes = Buffer.concat([signed, Buffer.from(`${signature}\n`, 'utf8'), body]);
  const hash8 = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  const first = parts[0]!.segment.statement;
  const last = parts[parts.length - 1]!.segment.statement;
  return { bytes, header, name: syncFileName({ org: first.org, install: first.install, seqFrom: first.seqFrom, seqTo: last.seqTo }, hash8) };
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
