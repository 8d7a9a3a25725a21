import crypto from 'node:crypto';
import type { Db } from '../db/open';

/**
 * Ed25519 key pair of this install, made on first use and kept in the `install` row
 * (public key as base64 SPKI DER, private key as base64 PKCS#8 DER). The private key never
 * leaves the database; files carry the public key so a person can accept it on first sight.
 * `ltt sync rotate-key` replaces the pair, announced signed by the old key (key-rotations.ts).
 */
export interface InstallKeys {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
  keyId: string;
}

export function fingerprintOf(publicKeyB64: string): string {
  return crypto.createHash('sha256').update(Buffer.from(publicKeyB64, 'base64')).digest('hex');
}

export function keyIdOf(publicKeyB64: string): string {
  return fingerprintOf(publicKeyB64).slice(0, 16);
}

export function generateKeyPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

export function ensureInstallKeys(db: Db): InstallKeys {
  const row = db.prepare('SELECT public_key, private_key FROM install WHERE id = 1').get() as
    { public_key: string | null; private_key: string | null } | undefined;
  if (!row) throw new Error('install row missing: run first-run setup before sync');
  let { public_key: publicKey, private_key: privateKey } = row;
  if (!publicKey || !privateKey) {
    const pair = generateKeyPair();
    publicKey = pair.publicKey;
    privateKey = pair.privateKey;
    db.prepare('UPDATE install SET public_key = ?, private_key = ? WHERE id = 1').run(publicKey, privateKey);
  }
  return { publicKey, privateKey, fingerprint: fingerprintOf(publicKey), keyId: keyIdOf(publicKey) };
}

/** After a rotation (key-rotations.ts): this install signs with the new pair from now on. */
export function replaceInstallKeys(db: Db, pair: { publicKey: string; privateKey: string }): void {
  db.prepare('UPDATE install SET public_key = ?, private_key = ? WHERE id = 1').run(pair.publicKey, pair.privateKey);
}

export function signBytes(data: Buffer, privateKeyB64: string): string {
  const key = crypto.createPrivateKey({ key: Buffer.from(privateKeyB64, 'base64'), format: 'der', type: 'pkcs8' });
  return crypto.sign(null, data, key).toString('base64');
}

/** Parsed public keys by their base64 text: a folder run verifies the same few dozen keys over and over. */
const publicKeys = new Map<string, crypto.KeyObject>();

function publicKeyOf(publicKeyB64: string): crypto.KeyObject {
  let key = publicKeys.get(publicKeyB64);
  if (!key) {
    key = crypto.createPublicKey({ key: Buffer.from(publicKeyB64, 'base64'), format: 'der', type: 'spki' });
    if (publicKeys.size >= 1000) publicKeys.clear(); // bounded: a province has a few hundred installs
    publicKeys.set(publicKeyB64, key);
  }
  return key;
}

export function verifyBytes(data: Buffer, signatureB64: string, publicKeyB64: string): boolean {
  try {
    const key = publicKeyOf(publicKeyB64);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return crypto.verify(null, data, key, Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}
