import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { backupContract } from '../../../shared/contract/backup';
import * as backup from '../services/backup-service';

export function backupHandlers(ctx: CoreContext): DomainHandlers<typeof backupContract> {
  return {
    'backup:list': () => backup.list(ctx),
    'backup:create': () => backup.createManual(ctx),
    'backup:restore': ({ name }) => backup.restoreLive(ctx, name),
    'backup:check': () => backup.check(ctx),
  };
}
