import type { Core } from '../../electron/core/core';
import type { LocalWrite } from '../../electron/core/sync/write-path';
import { BenchChangeWriter, withStatementCache } from './fast-writer';
import { addInstall } from '../../electron/core/sync/trust-store';
import type { FileHeader } from '../../shared/domain/sync/file-header';
import type { OrgProfile } from './vocab';

/** One organisation's install as the generated database knows it: who writes, with which org and key. */
export interface OrgWriter {
  profile: OrgProfile;
  orgId: string;
  installId: string;
  publicKey: string;
  privateKey: string;
  writer: BenchChangeWriter;
  /** One user action: one call of the write path (one tx id), inside the caller's transaction. */
  write(writes: readonly LocalWrite[], actor: string | null): void;
}

/**
 * Every organisation writes through a ChangeWriter with its own install id (the local one with the core's
 * install id, after setup): the same change-log rows, clocks and materialised tables this database would
 * hold after the station's and the newspaper's files were imported, without the file round trip.
 */
export function makeOrgWriter(
  core: Core,
  profile: OrgProfile,
  orgId: string,
  identity: { installId: string; publicKey: string; privateKey: string },
  nowMs: () => number,
  local: boolean,
  plain = false,
): OrgWriter {
  const writer = new BenchChangeWriter(plain ? core.ctx.db : withStatementCache(core.ctx.db), identity.installId, nowMs, local);
  if (!local) {
    const header = {
      install: identity.installId,
      org: orgId,
      orgName: profile.name,
      installName: profile.installName,
      publicKey: identity.publicKey,
    } as FileHeader;
    addInstall(core.ctx.db, header, 'trusted', new Date(nowMs()).toISOString());
  }
  return {
    profile,
    orgId,
    ...identity,
    writer,
    write: (writes, actor) => {
      writer.write(writes, actor, orgId);
    },
  };
}
