import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { appContract } from '../../../shared/contract/app';
import * as app from '../services/app-service';
import * as settingsRepo from '../db/settings-repo';
import { checkReportSettingValues } from '../services/reports-texts';
import { AppError } from '../../../shared/contract/errors';
import { RESERVED_SETTINGS } from '../../../shared/contract/roles';

export function appHandlers(ctx: CoreContext): DomainHandlers<typeof appContract> {
  return {
    'app:info': () => app.appInfo(ctx),
    'app:setup': (input) => app.setup(ctx, input),
    'settings:get': () => settingsRepo.all(ctx.db),
    'settings:set': ({ values }) => {
      const reserved = Object.keys(values).find((k) => RESERVED_SETTINGS.has(k));
      if (reserved) {
        throw new AppError('forbidden', `Thiết lập "${reserved}" chỉ đổi được qua màn hình bắt đầu hoặc khi chuyển người dùng.`, { field: `values.${reserved}` });
      }
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
    'users:switch': ({ userId, pin }) => app.switchUser(ctx, userId, pin),
    'users:setPin': ({ pin, currentPin }) => ctx.transact(() => app.setOwnPin(ctx, pin, currentPin)),
    'orgs:list': () => app.listOrganisations(ctx),
  };
}
