import { z } from 'zod';
import { INSTALL_ID_RE } from './change-check';
import { isSyncableOrg } from './ownership';

/**
 * A segment: a run of one install's own changes (its origin), signed by that install when it first exports them.
 * The statement is kept with the log on every install that applies it, so anyone can relay the segment and the
 * receiver still checks it against the origin's pinned key: a relay can neither alter, add nor drop a change in it.
 * `digest` is the SHA-256 of the segment's change hashes (log-record.ts), in seq order, one per line: the same
 * on every install for the same changes, however a relay re-encodes them.
 */
export const SEGMENT_MAGIC = 'LTT-SEGMENT/1';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const orgId = z.string().min(1).max(100).refine(isSyncableOrg, { error: 'Mã đơn vị không hợp lệ.' });

const segmentStatementSchema = z
  .object({
    install: z.string().regex(INSTALL_ID_RE),
    org: orgId,
    orgName: z.string().max(300).nullable(),
    installName: z.string().max(200),
    publicKey: z.string().min(1).max(1000),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    seqFrom: seq,
    seqTo: seq,
    /** How many changes: the range may have holes (changes that never leave the install). */
    count: count.min(1),
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: z.string().max(40),
  })
  .strict()
  .refine((s) => s.seqFrom <= s.seqTo && s.count <= s.seqTo - s.seqFrom + 1, { error: 'Khoảng số thứ tự của đoạn không hợp lệ.' });

export type SegmentStatement = z.infer<typeof segmentStatementSchema>;

export const signedSegmentSchema = z.object({ statement: segmentStatementSchema, signature: z.string().min(1).max(200) }).strict();

export type SignedSegment = z.infer<typeof signedSegmentSchema>;
