import type { Db } from '../db/open';
import { canonicalJson } from './canonical-json';
import { fingerprintOf, signBytes, verifyBytes } from './keys';
import { SyncRejection } from './rejection';
import { stmt } from './statements';
import { getInstall } from './trust-store';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import { KEY_ROTATION_MAGIC, type KeyRotationStatement, type SignedKeyRotation } from '../../../shared/domain/sync/key-rotation';

function signedBytes(s: KeyRotationStatement): Buffer {
  return Buffer.from(`${KEY_ROTATION_MAGIC}\n${canonicalJson(s)}`, 'utf8');
}

export function signRotation(statement: KeyRotationStatement, oldPrivateKey: string, newPrivateKey: string): SignedKeyRotation {
  const data = signedBytes(statement);
  return { statement, oldSignature: signBytes(data, oldPrivateKey), newSignature: signBytes(data, newPrivateKey) };
}

/** Signed by the old key (the install's word) and by the new one (it holds the key it announces). */
function rotationSignaturesValid(r: SignedKeyRotation): boolean {
  const data = signedBytes(r.statement);
  return verifyBytes(data, r.oldSignature, r.statement.oldPublicKey) && verifyBytes(data, r.newSignature, r.statement.newPublicKey);
}

export function storeRotation(db: Db, r: SignedKeyRotation, nowIso: string): void {
  const s = r.statement;
  stmt(
    db,
    `INSERT INTO sync_key_rotations (install_id, old_public_key, new_public_key, last_old_seq, signed, received_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (install_id, old_public_key) DO NOTHING`,
  ).run(s.install, s.oldPublicKey, s.newPublicKey, s.lastOldSeq, canonicalJson(r), nowIso);
}

export function rotationsOf(db: Db, install: string): SignedKeyRotation[] {
  return (stmt(db, 'SELECT signed FROM sync_key_rotations WHERE install_id = ? ORDER BY last_old_seq').all(install) as Array<{ signed: string }>).map(
    (r) => JSON.parse(r.signed) as SignedKeyRotation,
  );
}

/** Where one key of an install may sign: its changes numbered in (after, upTo]. */
export interface KeyWindow {
  publicKey: string;
  after: number;
  upTo: number;
}

/**
 * The keys of one install in order, oldest first, with the changes each may sign: from the rotations this install
 * holds and those a file brings, joined into one chain through `anchor` (the pinned key; none for an install seen for
 * the first time, then the chain's first key). IMPORTANT: a second, different rotation of the same key, a rotation
 * that does not join the chain, or one whose numbers go backwards refuses the whole file: a leaked old key must not be
 * able to announce a key of its own.
 */
function keyChain(install: string, label: string, anchor: string | null, rotations: readonly SignedKeyRotation[]): KeyWindow[] {
  const byOld = new Map<string, KeyRotationStatement>();
  for (const r of rotations) {
    const s = r.statement;
    const seen = byOld.get(s.oldPublicKey);
    if (seen && (seen.newPublicKey !== s.newPublicKey || seen.lastOldSeq !== s.lastOldSeq)) {
      throw new SyncRejection(
        'key_conflict',
        `Tệp mang hai lần đổi khóa khác nhau của ${label} từ cùng một khóa cũ: khóa cũ của máy đó có thể đã bị lộ. Tệp không được nhập; hãy gọi cho đơn vị đó để xác nhận khóa mới.`,
        { install },
      );
    }
    byOld.set(s.oldPublicKey, s);
  }
  const byNew = new Map([...byOld.values()].map((s) => [s.newPublicKey, s]));
  let first = anchor;
  if (first === null) {
    const roots = [...byOld.keys()].filter((k) => !byNew.has(k));
    if (roots.length === 0) return [];
    first = roots[0]!;
  }
  // Back to the oldest key (bounded: a loop of rotations, which no genuine install makes, ends the walk).
  for (let steps = 0; byNew.has(first) && steps <= byOld.size; steps += 1) first = byNew.get(first)!.oldPublicKey;
  const chain: KeyWindow[] = [];
  const used = new Set<string>();
  let key = first;
  let after = 0;
  for (;;) {
    const next = byOld.get(key);
    if (!next || used.has(key)) {
      chain.push({ publicKey: key, after, upTo: Number.MAX_SAFE_INTEGER });
      break;
    }
    if (next.lastOldSeq < after) throw new SyncRejection('key_conflict', `Các lần đổi khóa của ${label} không theo thứ tự: tệp không được nhập.`, { install });
    used.add(key);
    chain.push({ publicKey: key, after, upTo: next.lastOldSeq });
    after = next.lastOldSeq;
    key = next.newPublicKey;
  }
  if (used.size !== byOld.size) {
    throw new SyncRejection('key_conflict', `Tệp mang một lần đổi khóa của ${label} không nối với khóa đã tin cậy: tệp không được nhập.`, { install });
  }
  return chain;
}

/** The window of `publicKey` in the chain, if it is one of the install's keys. */
export function windowOf(chain: readonly KeyWindow[], publicKey: string): KeyWindow | undefined {
  return chain.find((w) => w.publicKey === publicKey);
}

function currentKey(chain: readonly KeyWindow[], fallback: string): string {
  return chain.length > 0 ? chain[chain.length - 1]!.publicKey : fallback;
}

/** Each install's key chain as this file and this install's store together say; before the import's transaction. */
export type FileKeyChains = Map<string, KeyWindow[]>;

/**
 * IMPORTANT: the rotations a file brings are checked here, before anything else trusts a key: each signed by its old
 * and its new key; none for this install that this install did not make (that would be someone holding our old key).
 */
export function fileKeyChains(db: Db, header: FileHeader, self: { installId: string; publicKey: string }): FileKeyChains {
  const brought = header.keyRotations ?? [];
  for (const r of brought) {
    if (!rotationSignaturesValid(r)) {
      throw new SyncRejection(
        'bad_origin',
        `Tệp mang một lần đổi khóa của máy ${r.statement.install} không có chữ ký hợp lệ của cả khóa cũ và khóa mới: có thể bị giả mạo. Tệp không được nhập.`,
        {
          install: r.statement.install,
        },
      );
    }
  }
  const installs = new Set([header.install, ...header.segments.map((g) => g.statement.install), ...brought.map((r) => r.statement.install)]);
  const chains: FileKeyChains = new Map();
  for (const install of installs) {
    const stored = rotationsOf(db, install);
    const fromFile = brought.filter((r) => r.statement.install === install);
    if (install === self.installId) {
      const ours = new Set(stored.map((r) => `${r.statement.oldPublicKey}>${r.statement.newPublicKey}`));
      if (fromFile.some((r) => !ours.has(`${r.statement.oldPublicKey}>${r.statement.newPublicKey}`))) {
        throw new SyncRejection(
          'key_conflict',
          'Tệp mang một lần đổi khóa của chính máy này mà máy này không thực hiện: ai đó đang giữ khóa cũ của máy này (có thể từ một bản sao lưu bị lộ). Tệp không được nhập; hãy báo cho bộ phận kỹ thuật.',
          { install },
        );
      }
      chains.set(install, keyChain(install, 'chính máy này', self.publicKey, stored));
      continue;
    }
    const known = getInstall(db, install);
    const label = known ? `máy "${known.installName}" (${known.orgName ?? known.orgId})` : `máy ${install}`;
    for (const r of fromFile) {
      if (known && r.statement.org !== known.orgId) {
        throw new SyncRejection('org_mismatch', `Tệp mang một lần đổi khóa của ${label} nhưng ghi đơn vị khác: tệp không được nhập.`, { install });
      }
    }
    chains.set(install, keyChain(install, label, known?.publicKey ?? null, [...stored, ...fromFile]));
  }
  return chains;
}

/**
 * Whether `publicKey` may sign changes `seqFrom`–`seqTo` of `install`: it must be one of the install's keys and the
 * range inside its window. An install seen for the first time with no rotation has no chain yet: anything goes, a
 * person (or a vouch) decides on it.
 */
export function keyAllows(chains: FileKeyChains, install: string, publicKey: string, seqFrom: number, seqTo: number): 'ok' | 'unknown_key' | 'outside' {
  const chain = chains.get(install) ?? [];
  if (chain.length === 0) return 'ok';
  const w = windowOf(chain, publicKey);
  if (!w) return 'unknown_key';
  return seqFrom > w.after && seqTo <= w.upTo ? 'ok' : 'outside';
}

/** The refusal of something signed by a key used outside its window (a replaced key after its rotation). */
export function retiredKeyRejection(chains: FileKeyChains, install: string, publicKey: string, seqTo: number, label: string): SyncRejection {
  const w = windowOf(chains.get(install) ?? [], publicKey)!;
  return new SyncRejection(
    'retired_key',
    seqTo > w.upTo
      ? `Tệp chứa thay đổi của ${label} ký bằng khóa cũ đã được thay (khóa cũ chỉ còn hiệu lực đến thay đổi số ${w.upTo}): có thể khóa cũ đã bị lộ. Tệp không được nhập.`
      : `Tệp chứa thay đổi của ${label} từ trước lần đổi khóa (đến số ${w.after}) nhưng ký bằng khóa mới: tệp không được nhập.`,
    { install, upTo: w.upTo },
  );
}

/** Inside the import's transaction: keep the file's rotations and move each install's pinned key to its newest. */
export function recordRotations(db: Db, header: FileHeader, chains: FileKeyChains, selfInstall: string, nowIso: string): void {
  for (const r of header.keyRotations ?? []) if (r.statement.install !== selfInstall) storeRotation(db, r, nowIso);
  for (const [install, chain] of chains) {
    if (install === selfInstall || chain.length < 2) continue;
    stmt(db, 'UPDATE sync_installs SET public_key = ?, fingerprint = ? WHERE install_id = ? AND public_key <> ?').run(
      currentKey(chain, ''),
      fingerprintOf(currentKey(chain, '')),
      install,
      currentKey(chain, ''),
    );
  }
}

/** This install's key and the rotations that led to it, as carried over a restore (below). */
export interface KeyState {
  publicKey: string;
  privateKey: string;
  rotations: Array<{ install_id: string; old_public_key: string; new_public_key: string; last_old_seq: number; signed: string; received_at: string }>;
}

/** Null when this install never rotated its key (then a backup's key is the current one, nothing to carry). */
export function readKeyState(db: Db, installId: string): KeyState | null {
  const own = db.prepare('SELECT * FROM sync_key_rotations WHERE install_id = ?').all(installId) as KeyState['rotations'];
  if (own.length === 0) return null;
  const keys = db.prepare('SELECT public_key AS publicKey, private_key AS privateKey FROM install WHERE id = 1').get() as {
    publicKey: string;
    privateKey: string;
  };
  return { ...keys, rotations: db.prepare('SELECT * FROM sync_key_rotations').all() as KeyState['rotations'] };
}

/**
 * IMPORTANT: after restoring a backup taken before a key rotation, the current key and every rotation known are put
 * back: the backup's key was replaced on purpose (it may have leaked), and signing with it again would have every
 * office refuse our new changes, with no way to rotate from it a second time.
 */
export function carryKeyState(db: Db, state: KeyState | null): void {
  if (!state) return;
  db.transaction(() => {
    db.prepare('UPDATE install SET public_key = ?, private_key = ? WHERE id = 1').run(state.publicKey, state.privateKey);
    const insert = db.prepare(
      `INSERT INTO sync_key_rotations (install_id, old_public_key, new_public_key, last_old_seq, signed, received_at) VALUES (@install_id, @old_public_key, @new_public_key, @last_old_seq, @signed, @received_at)
       ON CONFLICT (install_id, old_public_key) DO NOTHING`,
    );
    for (const r of state.rotations) insert.run(r);
  })();
}
