import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { appContract } from '../../../shared/contract/app';
import * as app from '../services/app-service';
import * as settingsRepo from '../db/settings-repo';

export function appHandlers(ctx: CoreContext): DomainHandlers<typeof appContract> {
  return {
    'app:info': () => app.appInfo(ctx),
    'app:setup': (input) => app.setup(ctx, input),
    'settings:get': () => settingsRepo.all(ctx.db),
    'settings:set': ({ values }) => app.setSettings(ctx, values),
    'users:list': () => app.listUsers(ctx),
    'users:add': ({ name, role }) => app.addUser(ctx, name, role),
    'users:switch': ({ userId, pin }) => app.switchUser(ctx, userId, pin),
    'users:setPin': ({ pin, currentPin }) => app.setOwnPin(ctx, pin, currentPin),
    'orgs:list': () => app.listOrganisations(ctx),
  };
}
