import { z } from 'zod';
import { INSTALL_ID_RE } from './change-check';
import { isSyncableOrg } from './ownership';
import { signedSegmentSchema } from './segment';
import { MAX_ROTATIONS_PER_FILE, signedKeyRotationSchema } from './key-rotation';

/**
 * Sync file format. Bump FORMAT_VERSION only for changes an older reader cannot skip.
 * 2: the body is a list of origin-signed segments (segment.ts); 1 had only the sender's signature.
 */
export const FORMAT_VERSION = 2;
export const MAGIC_PREFIX = 'LTT-SYNC/';
export const MAGIC_LINE = `${MAGIC_PREFIX}${FORMAT_VERSION}`;
/** Extension of sync files (the desktop app registers it as a file association). */
export const SYNC_FILE_EXT = '.lttsync';
/** A writer puts at most this many segments in one file, so a header stays well under the reader's cap. */
export const MAX_SEGMENTS_PER_FILE = 200;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const fileHeaderSchema = z
  .object({
    format: z.literal(FORMAT_VERSION),
    schema: z.number().int().min(1),
    /** The writer of the file (who signed it as a whole): its own changes or others' it passes on. */
    org: z.string().min(1).max(100).refine(isSyncableOrg, { error: 'Mã đơn vị không hợp lệ.' }),
    orgName: z.string().max(300).nullable(),
    install: z.string().regex(INSTALL_ID_RE),
    installName: z.string().max(200),
    publicKey: z.string().min(1).max(1000),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** The body's segments in order: each segment's changes follow one another, in seq order. */
    segments: z
      .array(signedSegmentSchema)
      .min(1)
      .max(MAX_SEGMENTS_PER_FILE * 5),
    count,
    bodyLength: count,
    /** Length of the decompressed body: a reader stops at it (no decompression bombs). */
    plainLength: count,
    bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** What the sender holds: install → highest seq with no gap below it. */
    known: z.record(z.string().regex(INSTALL_ID_RE), count),
    createdAt: z.string().max(40),
    /** Key rotations of the writer and of the segments' origins (key-rotation.ts); absent when there are none. */
    keyRotations: z.array(signedKeyRotationSchema).max(MAX_ROTATIONS_PER_FILE).optional(),
  })
  // Newer minor versions may add header fields; they are ignored, never fatal.
  .loose();

export type FileHeader = z.infer<typeof fileHeaderSchema>;

function safePart(s: string): string {
  return s.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 64);
}

/**
 * `<org>_<origin install>_<seqFrom>-<seqTo>_<hash8>.lttsync`, named after the origin of its segments (whoever wrote
 * it), so a folder's listing says which runs of which install it already holds (exporter.ts relays only the rest).
 */
export function syncFileName(origin: { org: string; install: string; seqFrom: number; seqTo: number }, hash8: string): string {
  return `${safePart(origin.org)}_${safePart(origin.install)}_${origin.seqFrom}-${origin.seqTo}_${hash8}${SYNC_FILE_EXT}`;
}

const NAME_RE = /^[A-Za-z0-9-]{1,64}_([A-Za-z0-9-]{1,64})_(\d{1,16})-(\d{1,16})_[0-9a-f]{8}\.lttsync$/;

/** The origin and range a sync file's name declares (a hint for relaying, never trusted for import). */
export function parseSyncFileName(name: string): { install: string; seqFrom: number; seqTo: number } | null {
  const m = NAME_RE.exec(name);
  return m ? { install: m[1]!, seqFrom: Number(m[2]), seqTo: Number(m[3]) } : null;
}

/** Syncthing's copies of a file two devices changed at once: `<base>.sync-conflict-<date>-<time>-<device>.<ext>`. */
export function isConflictCopyName(name: string): boolean {
  return /\.sync-conflict-\d{8}-\d{6}(-[A-Z0-9]{7})?\./i.test(name);
}

/**
 * Names file-sync tools give files still in transfer: Syncthing's `.syncthing.<name>.tmp` (`~syncthing~<name>.tmp` on
 * Windows), OneDrive's and browsers' partial downloads, our own hidden temporary names.
 */
export function isTransferName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~') || /\.(tmp|partial|part|crdownload|download)$/i.test(name);
}

export function isSyncFileName(name: string): boolean {
  return name.endsWith(SYNC_FILE_EXT) && !isTransferName(name) && !isConflictCopyName(name);
}
