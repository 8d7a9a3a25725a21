import crypto from 'node:crypto';

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 key pair from a 32-byte seed, in the install table's format (base64 SPKI / PKCS#8 DER). */
export function keyPairFromSeed(seed: Buffer): { publicKey: string; privateKey: string } {
  const der = Buffer.concat([PKCS8_ED25519_PREFIX, seed]);
  const priv = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return {
    publicKey: crypto.createPublicKey(priv).export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: der.toString('base64'),
  };
}
