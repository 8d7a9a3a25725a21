import { z } from 'zod';
import { INSTALL_ID_RE } from './change';

/** Sync file format. Bump FORMAT_VERSION only for changes an older reader cannot skip. */
export const FORMAT_VERSION = 1;
export const MAGIC_PREFIX = 'LTT-SYNC/';
export const MAGIC_LINE = `${MAGIC_PREFIX}${FORMAT_VERSION}`;
/** Extension of sync files (the desktop app registers it as a file association). */
export const SYNC_FILE_EXT = '.lttsync';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const originRange = z.object({ from: count, to: count, count }).strict();

export const fileHeaderSchema = z
  .object({
    format: z.literal(FORMAT_VERSION),
    schema: z.number().int().min(1),
    org: z.string().min(1).max(100),
    orgName: z.string().max(300).nullable(),
    install: z.string().regex(INSTALL_ID_RE),
    installName: z.string().max(200),
    publicKey: z.string().min(1).max(1000),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** The signer's own changes in this file; both 0 when it only relays others' changes. */
    seqFrom: count,
    seqTo: count,
    /** Per origin install: lowest and highest seq and how many of its changes the body holds. */
    origins: z.record(z.string().regex(INSTALL_ID_RE), originRange),
    count,
    bodyLength: count,
    /** Length of the decompressed body: a reader stops at it (no decompression bombs). */
    plainLength: count,
    bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** What the sender holds: install → highest seq with no gap below it. */
    known: z.record(z.string().regex(INSTALL_ID_RE), count),
    createdAt: z.string().max(40),
  })
  // Newer minor versions may add header fields; they are ignored, never fatal.
  .loose();

export type FileHeader = z.infer<typeof fileHeaderSchema>;

function safePart(s: string): string {
  return s.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 64);
}

export function syncFileName(h: Pick<FileHeader, 'org' | 'install' | 'seqFrom' | 'seqTo'>, hash8: string): string {
  return `${safePart(h.org)}_${safePart(h.install)}_${h.seqFrom}-${h.seqTo}_${hash8}${SYNC_FILE_EXT}`;
}

export function isSyncFileName(name: string): boolean {
  return name.endsWith(SYNC_FILE_EXT) && !name.startsWith('.');
}
