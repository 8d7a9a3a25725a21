import type { Db } from '../db/open';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import type { SegmentStatement } from '../../../shared/domain/sync/segment';
import { SyncRejection } from './rejection';
import { segmentSignatureValid } from './segments';
import { addInstall, getInstall, setTrust } from './trust-store';
import { getOrg, logEvent, noteOrg, setOrgTrust } from './trust-orgs';
import { originLabel } from './change-reader';
import { VOUCH_TABLE, vouchRowId } from './vouch-table';
import { stmt } from './statements';
import { keyAllows, retiredKeyRejection, windowOf, type FileKeyChains } from './key-rotations';

/** What the import does with one segment: apply it, keep the file until a person (or a vouch) accepts its origin, or leave it out. */
export type SegmentDecision = 'apply' | 'wait' | 'skip';

export interface SegmentPlan {
  decisions: SegmentDecision[];
  /** Origins the file waits for. */
  waits: Set<string>;
  /** Why segments were left out, for the person (refused or revoked origins). */
  notes: string[];
}

/**
 * IMPORTANT: every segment must be signed by its origin's key, and that key must be the one pinned for the origin
 * (and its organisation the pinned one): otherwise the file is refused whole, naming the origin. No database
 * change; runs before the import's transaction.
 */
export function checkSegments(db: Db, header: FileHeader, self: { installId: string; publicKey: string }, chains: FileKeyChains): void {
  for (const seg of header.segments) {
    const s = seg.statement;
    if (!segmentSignatureValid(seg)) {
      throw new SyncRejection(
        'bad_origin',
        `Tệp chứa thay đổi ghi là của ${originLabel(s)} nhưng không có chữ ký hợp lệ của máy đó: có thể bị giả mạo khi chuyển tiếp. Tệp không được nhập.`,
        { install: s.install, org: s.org },
      );
    }
    // The key must be the install's for those numbers: its pinned key, or one before or after it by a signed rotation.
    const allowed = keyAllows(chains, s.install, s.publicKey, s.seqFrom, s.seqTo);
    if (s.install === self.installId) {
      if (allowed === 'unknown_key') {
        throw new SyncRejection(
          'key_mismatch',
          `Tệp chứa thay đổi ghi là của chính máy này (${s.install}) nhưng được ký bằng khóa khác: có thể bị giả mạo, hoặc hồ sơ ứng dụng đã bị sao chép sang máy khác. Tệp không được nhập.`,
          { install: s.install },
        );
      }
      if (allowed === 'outside') throw retiredKeyRejection(chains, s.install, s.publicKey, s.seqTo, 'chính máy này');
      continue;
    }
    const known = getInstall(db, s.install);
    if (allowed === 'unknown_key') {
      const label = known ? `máy "${known.installName}" (${known.orgName ?? known.orgId})` : originLabel(s);
      throw new SyncRejection(
        'key_mismatch',
        `Tệp chứa thay đổi ghi là của ${label} nhưng được ký bằng một khóa khác với khóa đã tin cậy. Có thể bị giả mạo hoặc máy đó đã cài lại. Tệp không được nhập.`,
        { install: s.install },
      );
    }
    if (allowed === 'outside')
      throw retiredKeyRejection(
        chains,
        s.install,
        s.publicKey,
        s.seqTo,
        known ? `máy "${known.installName}" (${known.orgName ?? known.orgId})` : originLabel(s),
      );
    if (known && known.orgId !== s.org) {
      throw new SyncRejection(
        'org_mismatch',
        `Máy "${known.installName}" trước đây thuộc đơn vị ${known.orgName ?? known.orgId}, nay tệp lại ghi đơn vị khác. Tệp không được nhập.`,
        { install: s.install },
      );
    }
  }
}

/** An organisation's own signed word on one of its installs (vouch-table.ts), as materialised from the log. */
function vouchFor(db: Db, s: SegmentStatement): { publicKey: string | null; revokedAfterSeq: number | null; by: string | null } | undefined {
  const id = vouchRowId(s.org, s.install);
  const row = stmt(db, 'SELECT public_key AS publicKey, revoked_after_seq AS revokedAfterSeq FROM install_vouches WHERE id = ?').get(id) as
    { publicKey: string | null; revokedAfterSeq: number | null } | undefined;
  if (!row) return undefined;
  const by = stmt(db, "SELECT install_id FROM row_groups WHERE tbl = ? AND row_id = ? AND grp = 'key'").get(VOUCH_TABLE, id) as
    { install_id: string } | undefined;
  return { ...row, by: by?.install_id ?? null };
}

/**
 * Inside the import's transaction: what to do with each segment, by its origin's standing here. A refused install or
 * organisation, or a revoked install's later changes: left out, whoever relays them. An unknown origin: accepted
 * without a person when its own organisation vouched for its key (never another organisation), otherwise it waits.
 */
export function decideSegments(
  db: Db,
  header: FileHeader,
  selfInstall: string,
  trustNew: boolean,
  nowIso: string,
  chains: FileKeyChains = new Map(),
): SegmentPlan {
  const plan: SegmentPlan = { decisions: [], waits: new Set(), notes: [] };
  for (const seg of header.segments) {
    const s = seg.statement;
    if (s.install === selfInstall) {
      plan.decisions.push('apply');
      continue;
    }
    const vouch = vouchFor(db, s);
    if (vouch?.revokedAfterSeq != null && s.seqTo > vouch.revokedAfterSeq) {
      plan.decisions.push('skip');
      plan.notes.push(`Bỏ qua thay đổi của ${originLabel(s)} sau số ${vouch.revokedAfterSeq}: đơn vị đã thu hồi máy này (mất hoặc bị lấy cắp).`);
      logEvent(db, { at: nowIso, kind: 'revoked_refused', message: plan.notes[plan.notes.length - 1]!, installId: s.install, orgId: s.org });
      continue;
    }
    const org = getOrg(db, s.org);
    let known = getInstall(db, s.install);
    if (org?.trust === 'refused' || known?.trust === 'refused') {
      plan.decisions.push('skip');
      plan.notes.push(`Bỏ qua thay đổi của ${originLabel(s)}: máy hoặc đơn vị này đã bị từ chối.`);
      if (!known) addInstall(db, s, 'refused', nowIso);
      continue;
    }
    if (!known || known.trust === 'pending') {
      noteOrg(db, s.org, s.orgName);
      if (!known) addInstall(db, s, 'pending', nowIso);
      // The vouch names one of the install's keys: the one this segment is signed with, or another of its chain.
      const chain = chains.get(s.install) ?? [];
      if (vouch?.publicKey && (vouch.publicKey === s.publicKey || (windowOf(chain, vouch.publicKey) && windowOf(chain, s.publicKey)))) {
        setTrust(db, s.install, 'trusted', nowIso, vouch.by);
        const byName = vouch.by ? (getInstall(db, vouch.by)?.installName ?? vouch.by) : 'một máy';
        logEvent(db, {
          at: nowIso,
          kind: 'vouched',
          message: `Đã nhận ${originLabel(s)} vì máy "${byName}" cùng đơn vị đã xác nhận khóa của máy này.`,
          installId: s.install,
          orgId: s.org,
        });
      } else if (trustNew) {
        setTrust(db, s.install, 'trusted', nowIso);
        setOrgTrust(db, s.org, 'trusted', nowIso);
      }
      known = getInstall(db, s.install);
    }
    if (known?.trust === 'trusted') plan.decisions.push('apply');
    else {
      plan.decisions.push('wait');
      plan.waits.add(s.install);
    }
  }
  return plan;
}
