import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { appContract } from '../../../shared/contract/app';
import * as app from '../services/app-service';
import * as settingsRepo from '../db/settings-repo';
import { checkReportSettingValues } from '../services/reports-texts';

export function appHandlers(ctx: CoreContext): DomainHandlers<typeof appContract> {
  return {
    'app:info': () => app.appInfo(ctx),
    'app:setup': (input) => app.setup(ctx, input),
    'settings:get': () => settingsRepo.all(ctx.db),
    'settings:set': ({ values }) => {
      // Report settings written here pass the same check as through the report settings form.
      checkReportSettingValues(ctx, values);
      ctx.transact(() => {
        for (const [key, value] of Object.entries(values)) settingsRepo.set(ctx.db, key, value);
      });
      ctx.emit({ type: 'changed', payload: { domain: 'settings' } });
      return settingsRepo.all(ctx.db);
    },
    'users:list': () => app.listUsers(ctx),
    'users:add': ({ name, role }) => ctx.transact(() => app.addUser(ctx, name, role)),
    'users:switch': ({ userId }) => app.switchUser(ctx, userId),
    'orgs:list': () => app.listOrganisations(ctx),
  };
}
