import type { Handlers } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { appHandlers } from './app';
import { plansHandlers } from './plans';
import { itemsHandlers } from './items';
import { complianceHandlers } from './compliance';
import { reportsHandlers } from './reports';
import { syncHandlers } from './sync';
import { backupHandlers } from './backup';
import { foldersHandlers } from './folders';
import { reconcileHandlers } from './reconcile';

/** One handler object for the whole contract, shared by IPC, the browser host and the CLI. */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...plansHandlers(ctx),
    ...itemsHandlers(ctx),
    ...complianceHandlers(ctx),
    ...reportsHandlers(ctx),
    ...syncHandlers(ctx),
    ...backupHandlers(ctx),
    ...foldersHandlers(),
    ...reconcileHandlers(ctx),
  };
}
