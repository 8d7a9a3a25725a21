import crypto from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { keyIdOf, signBytes, verifyBytes } from './keys';
import { SEGMENT_MAGIC, type SegmentStatement, type SignedSegment } from '../../../shared/domain/sync/segment';

/** The bytes an origin signs for a segment: the magic line and the canonical statement. */
function signedBytes(statement: SegmentStatement): Buffer {
  return Buffer.from(`${SEGMENT_MAGIC}\n${canonicalJson(statement)}`, 'utf8');
}

export function signSegment(statement: SegmentStatement, privateKey: string): SignedSegment {
  return { statement, signature: signBytes(signedBytes(statement), privateKey) };
}

/**
 * Whether a segment is signed by the key it names (whose id it states). Whether that key is the origin's *pinned*
 * key is the importer's check (segment-trust.ts). One verification per segment, whatever its size.
 */
export function segmentSignatureValid(seg: SignedSegment): boolean {
  const { statement, signature } = seg;
  // Base64 decoding is lenient (ignored padding bits): insist on the one canonical spelling.
  if (Buffer.from(signature, 'base64').toString('base64') !== signature) return false;
  if (keyIdOf(statement.publicKey) !== statement.keyId) return false;
  return verifyBytes(signedBytes(statement), signature, statement.publicKey);
}

/** The digest of a run of changes: SHA-256 over their change hashes, one per line, in seq order. */
export class SegmentDigest {
  private hash = crypto.createHash('sha256');

  add(changeHash: string): void {
    this.hash.update(`${changeHash}\n`);
  }

  /** The digest so far; the builder starts again empty. */
  take(): string {
    const hex = this.hash.digest('hex');
    this.hash = crypto.createHash('sha256');
    return hex;
  }
}
