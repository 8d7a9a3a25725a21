import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { syncContract } from '../../../shared/contract/sync';
import * as sync from '../services/sync-service';
import * as syncStatus from '../services/sync-status-service';
import { rotateInstallKey } from '../services/key-rotation-service';
import { findByFingerprint, findOrg } from '../sync/trust-actions';

export function syncHandlers(ctx: CoreContext): DomainHandlers<typeof syncContract> {
  return {
    'sync:status': () => syncStatus.syncStatus(ctx),
    'sync:export': ({ all }) => sync.exportNow(ctx, undefined, all),
    'sync:import': ({ files, trustNew }) => sync.importUploaded(ctx, files, trustNew),
    'sync:run': () => sync.runFolderSync(ctx),
    'sync:setFolder': (input) => sync.setFolder(ctx, input),
    'sync:conflicts': () => syncStatus.listConflicts(ctx),
    'sync:resolve': ({ id, pick }) => sync.resolveConflict(ctx, id, pick),
    'sync:quarantine': () => syncStatus.listQuarantine(ctx),
    'sync:trust': ({ installId, accept }) => sync.decideTrust(ctx, installId, accept),
    'sync:trustOrg': ({ orgId, accept }) => sync.decideOrgTrust(ctx, orgId, accept),
    'sync:findInstall': ({ fingerprint }) => {
      const { installId, installName, orgId, orgName } = findByFingerprint(ctx.db, fingerprint);
      return { installId, installName, orgId, orgName };
    },
    'sync:findOrg': ({ name }) => {
      const { orgId, orgName } = findOrg(ctx.db, name);
      return { orgId, orgName };
    },
    'sync:revoke': ({ installId, reason }) => sync.revokeInstall(ctx, installId, reason),
    'sync:rotateKey': () => rotateInstallKey(ctx),
    'sync:overview': ({ from, to }) => syncStatus.syncOverview(ctx, from, to),
  };
}
