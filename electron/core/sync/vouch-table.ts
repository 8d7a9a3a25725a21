import type { SyncedTable } from './registry';
import { spec } from './field-spec';

export const VOUCH_TABLE = 'install_vouches';

/** Row id of an organisation's word on one install: the organisation is written in the id, so only it owns the row. */
export function vouchRowId(org: string, install: string): string {
  return `${org}:${install}`;
}

function ownerOfVouch(rowId: string): string | null {
  const i = rowId.indexOf(':');
  return i > 0 ? rowId.slice(0, i) : null;
}

/**
 * An organisation's signed word on its own installs, travelling like any change (in its origin's signed segment):
 * `key` vouches for an install's public key (an office that trusts the organisation then accepts that install with no
 * person asked); `revoke` says the install was lost or stolen: its changes after `revokedAfterSeq` are refused.
 */
export const VOUCHES_SYNCED: SyncedTable = {
  table: VOUCH_TABLE,
  ownership: 'keyed',
  ownerOf: ownerOfVouch,
  groups: {
    create: ['orgId', 'installId'],
    key: ['publicKey', 'installName', 'vouchedAt'],
    revoke: ['revokedAfterSeq', 'revokedAt', 'reason'],
  },
  // `since` 10: the table arrived with migration 010; an older install keeps such changes parked until it upgrades.
  fields: {
    orgId: spec.id({ since: 10 }),
    installId: spec.id({ since: 10 }),
    publicKey: spec.text(1000, { since: 10 }),
    installName: spec.text(200, { since: 10 }),
    vouchedAt: spec.timestamp({ since: 10 }),
    revokedAfterSeq: spec.integer(0, Number.MAX_SAFE_INTEGER, { since: 10 }),
    revokedAt: spec.timestamp({ since: 10 }),
    reason: spec.text(500, { since: 10 }),
  },
};
