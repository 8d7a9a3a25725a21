import { z } from 'zod';
import { INSTALL_ID_RE } from './change-check';
import { isSyncableOrg } from './ownership';

/**
 * A key rotation: an install replaces its Ed25519 key (a backup, which holds the private key, has leaked).
 * The statement names the old and the new public key and `lastOldSeq`, the last of the install's changes the old key
 * may sign; it is signed by the OLD key (so whoever trusts the old key can accept the new one) and by the NEW key
 * (so nobody announces a key they do not hold). Files carry the rotations of their writer and of their segments'
 * origins (file header `keyRotations`), so a relay passes them on with the changes.
 * After it: the old key's segments up to `lastOldSeq` stay valid; anything else signed by the old key is refused.
 */
export const KEY_ROTATION_MAGIC = 'LTT-KEY-ROTATION/1';

const publicKey = z.string().min(1).max(1000);
const signature = z.string().min(1).max(200);

const keyRotationStatementSchema = z
  .object({
    install: z.string().regex(INSTALL_ID_RE),
    org: z.string().min(1).max(100).refine(isSyncableOrg, { error: 'Mã đơn vị không hợp lệ.' }),
    oldPublicKey: publicKey,
    newPublicKey: publicKey,
    lastOldSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    createdAt: z.string().max(40),
  })
  .strict()
  .refine((s) => s.oldPublicKey !== s.newPublicKey, { error: 'Khóa mới trùng khóa cũ.' });

export type KeyRotationStatement = z.infer<typeof keyRotationStatementSchema>;

export const signedKeyRotationSchema = z.object({ statement: keyRotationStatementSchema, oldSignature: signature, newSignature: signature }).strict();

export type SignedKeyRotation = z.infer<typeof signedKeyRotationSchema>;

/** At most this many rotations in one file's header (a few per install; a province has a few hundred installs). */
export const MAX_ROTATIONS_PER_FILE = 1000;
