import { canonicalJson } from '../../../../electron/core/sync/canonical-json';
import { signBytes } from '../../../../electron/core/sync/keys';
import type { FileHeader } from '../../../../shared/domain/sync/file-header';

/** Split a sync file into its parts (tests forge files the way an attacker or a broken tool would). */
export function splitFile(bytes: Buffer): { magic: string; header: FileHeader; signature: string; body: Buffer } {
  const nl1 = bytes.indexOf(0x0a);
  const nl2 = bytes.indexOf(0x0a, nl1 + 1);
  const nl3 = bytes.indexOf(0x0a, nl2 + 1);
  return {
    magic: bytes.subarray(0, nl1).toString('utf8'),
    header: JSON.parse(bytes.subarray(nl1 + 1, nl2).toString('utf8')) as FileHeader,
    signature: bytes.subarray(nl2 + 1, nl3).toString('latin1'),
    body: bytes.subarray(nl3 + 1),
  };
}

/** Rebuild a file with a changed header and/or body, validly signed by `privateKey`. */
export function resign(bytes: Buffer, privateKey: string, edit: (h: FileHeader) => FileHeader = (h) => h, body?: Buffer, magic?: string): Buffer {
  const parts = splitFile(bytes);
  const signed = Buffer.from(`${magic ?? parts.magic}\n${canonicalJson(edit(parts.header))}\n`, 'utf8');
  return Buffer.concat([signed, Buffer.from(`${signBytes(signed, privateKey)}\n`), body ?? parts.body]);
}
