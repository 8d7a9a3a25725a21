import type { CoreContext } from '../context';
import type { SyncKeyRotation } from '../../../shared/contract/sync';
import { DEFAULT_MAX_BODY_BYTES, sealOwnChanges } from '../sync/exporter';
import { ensureInstallKeys, fingerprintOf, generateKeyPair, replaceInstallKeys } from '../sync/keys';
import { signRotation, storeRotation } from '../sync/key-rotations';
import { lastOwnSeq } from '../sync/segments-repo';
import { installIdentity } from '../sync/status-repo';
import { logEvent } from '../sync/trust-orgs';
import { VOUCH_TABLE, vouchRowId } from '../sync/vouch-table';
import { syncIdentity } from './sync-service';

/**
 * Replace this install's key (a backup, which holds the private key, has leaked or been lost), in one transaction:
 * 1. the announcement as a change: our organisation's word on this PC's new key (the `install_vouches` row, as a
 *    vouch is written), so the next export has something to carry it even when nothing else changed;
 * 2. every change of ours not yet in a segment, that one included, sealed with the OLD key: the old key's part of
 *    the history ends at `lastOldSeq`;
 * 3. the rotation statement signed by the old key and by the new one, kept, and the new pair put in its place.
 * Offices that trust the old key accept the new one from the next file of ours (or of a relay) on; anything signed
 * by the old key after `lastOldSeq` is refused (segment-trust.ts, importer.ts).
 */
export function rotateInstallKey(ctx: CoreContext): SyncKeyRotation {
  const org = ctx.requireOrgId();
  const identity = syncIdentity(ctx);
  return ctx.transact(() => {
    const old = ensureInstallKeys(ctx.db);
    const next = generateKeyPair();
    const nowIso = ctx.now().toISOString();
    const rowId = vouchRowId(org, ctx.installId);
    ctx.write([
      { table: VOUCH_TABLE, rowId, group: 'create', value: { orgId: org, installId: ctx.installId } },
      { table: VOUCH_TABLE, rowId, group: 'key', value: { publicKey: next.publicKey, installName: installIdentity(ctx.db).installName, vouchedAt: nowIso } },
    ]);
    sealOwnChanges(ctx.db, ctx.writer, identity, DEFAULT_MAX_BODY_BYTES, nowIso);
    const lastOldSeq = lastOwnSeq(ctx.db, ctx.installId);
    const rotation = signRotation(
      { install: ctx.installId, org, oldPublicKey: old.publicKey, newPublicKey: next.publicKey, lastOldSeq, createdAt: nowIso },
      old.privateKey,
      next.privateKey,
    );
    storeRotation(ctx.db, rotation, nowIso);
    replaceInstallKeys(ctx.db, next);
    const fingerprint = fingerprintOf(next.publicKey);
    logEvent(ctx.db, {
      at: nowIso,
      kind: 'key_rotated',
      message: `Đã đổi khóa của máy này: khóa cũ chỉ còn hiệu lực cho các thay đổi đến số ${lastOldSeq}. Các đơn vị nhận khóa mới từ tệp đồng bộ kế tiếp.`,
      installId: ctx.installId,
      orgId: org,
    });
    return { fingerprint, previousFingerprint: old.fingerprint, lastOldSeq, rotatedAt: nowIso };
  });
}
