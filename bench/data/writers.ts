import type { Core } from '../../electron/core/core';
import type { CoreContext } from '../../electron/core/context';
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
  /**
   * One user action through the app's services, as `actor` of this install on `day`, inside the caller's
   * transaction. The services take their row ids from `ids` in order (the generated spec's), so a history
   * replays the same whatever came before it; asking for more, or fewer, than given is a generator bug.
   */
  act<T>(actor: string, day: string, service: (ctx: CoreContext) => T, ids?: readonly string[]): T;
}

/**
 * Every organisation acts through the core's own context with a ChangeWriter of its own install id (the local
 * one with the core's install id, after setup): the same change-log rows, clocks and materialised tables this
 * database would hold after the station's and the newspaper's files were imported, without the file round trip.
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
  const db = plain ? core.ctx.db : withStatementCache(core.ctx.db);
  const writer = new BenchChangeWriter(db, identity.installId, nowMs, local);
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
  const acting = { actor: '', day: '', ids: [] as string[] };
  const ctx: CoreContext = {
    ...core.ctx,
    db,
    writer,
    today: () => acting.day,
    orgId: () => orgId,
    requireOrgId: () => orgId,
    actor: () => acting.actor,
    newId: () => {
      const id = acting.ids.shift();
      if (id === undefined) throw new Error(`bench: a service asked ${profile.key} for a row id the generated spec does not hold`);
      return id;
    },
    write: (writes) => writer.write(writes, acting.actor, orgId),
  };
  return {
    profile,
    orgId,
    ...identity,
    writer,
    act: (actor, day, service, ids = []) => {
      acting.actor = actor;
      acting.day = day;
      acting.ids = [...ids];
      const result = service(ctx);
      if (acting.ids.length > 0) throw new Error(`bench: ${acting.ids.length} generated ids of ${profile.key} left unused (the spec and the service disagree)`);
      return result;
    },
  };
}
