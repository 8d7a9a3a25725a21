import type { CoreContext } from '../context';
import type { AppInfo, UserInfo } from '../../../shared/contract/app';
import type { Organisation, Role } from '../../../shared/domain/types';
import { AppError } from '../../../shared/contract/errors';
import { orgIdFromName } from '../../../shared/domain/ids';
import { schemaVersionOf } from '../db/open';
import { loadBuiltinPlan } from './plans-builtin';
import * as settingsRepo from '../db/settings-repo';
import { hashPin, pinMatches } from './user-pin';
import * as users from '../db/users-repo';
import { installIdentity } from '../sync/status-repo';
import { checkReportSettingValues } from './reports-texts';
import { RESERVED_SETTINGS } from '../../../shared/contract/roles';

const SETTING_ORG = 'orgId';
const SETTING_USER = 'currentUserId';
const SETTING_LANGUAGE = 'language';

export function listOrganisations(ctx: CoreContext): Organisation[] {
  return users.listOrganisations(ctx.db);
}

export function getOrganisation(ctx: CoreContext, id: string): Organisation | null {
  return users.getOrganisation(ctx.db, id);
}

export function listUsers(ctx: CoreContext): UserInfo[] {
  const collator = new Intl.Collator('vi');
  return users.allUsers(ctx.db).sort((a, b) => collator.compare(a.name, b.name));
}

export function currentUser(ctx: CoreContext): UserInfo | null {
  const id = settingsRepo.get(ctx.db, SETTING_USER);
  return id ? users.userById(ctx.db, id) : null;
}

export function appInfo(ctx: CoreContext): AppInfo {
  const install = installIdentity(ctx.db);
  const orgId = ctx.orgId();
  const language = settingsRepo.get(ctx.db, SETTING_LANGUAGE) === 'en' ? 'en' : 'vi';
  return {
    appVersion: ctx.appVersion,
    schemaVersion: schemaVersionOf(ctx.db),
    installId: install.installId,
    installName: install.installName,
    dbPath: ctx.dbFile,
    setupDone: orgId !== null && currentUser(ctx) !== null,
    org: orgId ? getOrganisation(ctx, orgId) : null,
    user: currentUser(ctx),
    language,
  };
}

/**
 * Put an organisation in the directory (idempotent: same name → same id), written as itself: setup does it for this
 * install, the bench's generator for each organisation it plays. Call inside a transaction.
 */
export function ensureOrganisation(ctx: CoreContext, name: string, shortName: string | null): string {
  const id = orgIdFromName(name);
  if (!getOrganisation(ctx, id)) {
    ctx.write([
      { table: 'organisations', rowId: id, group: 'create', value: { orgId: id }, org: id },
      { table: 'organisations', rowId: id, group: 'name', value: { name: name.normalize('NFC').trim(), shortName }, org: id },
    ]);
  }
  return id;
}

/** Add a user of this computer, or give an existing one (same name) the role; one transaction. */
export function addUser(ctx: CoreContext, name: string, role: Role): UserInfo {
  return ctx.transact(() => {
    const existing = users.userByName(ctx.db, name);
    if (existing) {
      if (existing.role !== role) users.setUserRole(ctx.db, existing.id, role);
      return { ...existing, role };
    }
    const user: UserInfo = { id: ctx.newId(), name, role, hasPin: false };
    users.insertUser(ctx.db, user, ctx.now().toISOString());
    return user;
  });
}

export interface SetupInput {
  orgName: string;
  orgShortName?: string | undefined;
  userName: string;
  role: Role;
  installName?: string | undefined;
  withSample: boolean;
}

/**
 * First-run setup (also `ltt init`): which organisation this install belongs to and who uses it.
 * Idempotent: running it again with the same names changes nothing; the install id never changes.
 */
export function setup(ctx: CoreContext, input: SetupInput): AppInfo {
  ctx.transact(() => {
    guardResetup(ctx, input.userName);
    // The organisation is set first: its own row is then written as itself (a row may be written only by its owner).
    settingsRepo.set(ctx.db, SETTING_ORG, orgIdFromName(input.orgName));
    ensureOrganisation(ctx, input.orgName, input.orgShortName?.trim() || null);
    const user = addUser(ctx, input.userName, input.role);
    settingsRepo.set(ctx.db, SETTING_USER, user.id);
    if (input.installName) users.setInstallName(ctx.db, input.installName);
    if (input.withSample) loadBuiltinPlan(ctx);
  });
  ctx.emit({ type: 'changed', payload: { domain: 'app' } });
  return appInfo(ctx);
}

/**
 * Running setup again (also `ltt init --user …`) switches user and may change a role: once this computer is set up,
 * only an editor may do it, and never into a user guarded by a PIN (that goes through the user switch).
 */
function guardResetup(ctx: CoreContext, userName: string): void {
  const acting = currentUser(ctx);
  if (!acting || !ctx.orgId()) return;
  if (acting.role !== 'editor') {
    throw new AppError('forbidden', 'Máy này đã được thiết lập: chỉ biên tập viên mới thiết lập lại được. Hãy chuyển sang người dùng là biên tập viên.');
  }
  const target = users.userByName(ctx.db, userName.normalize('NFC').trim());
  if (target && target.id !== acting.id && target.hasPin) {
    throw new AppError('forbidden', `Người dùng "${userName}" có mã PIN: hãy chuyển người dùng trong ứng dụng (Cài đặt → Người dùng) và nhập mã PIN.`, {
      field: 'userName',
    });
  }
}

export function switchUser(ctx: CoreContext, userId: string, pin?: string): AppInfo {
  if (!users.userById(ctx.db, userId)) throw new AppError('not_found', 'Không tìm thấy người dùng này.', { field: 'userId' });
  const stored = users.pinHashOf(ctx.db, userId);
  if (stored && userId !== currentUser(ctx)?.id) {
    if (!pin) throw new AppError('forbidden', 'Người dùng này có mã PIN: hãy nhập mã PIN để chuyển.', { field: 'pin' });
    if (!pinMatches(stored, pin)) throw new AppError('forbidden', 'Mã PIN không đúng. Hãy thử lại.', { field: 'pin' });
  }
  settingsRepo.set(ctx.db, SETTING_USER, userId);
  return appInfo(ctx);
}

/** The current user sets, changes (old PIN needed) or removes their own PIN; one transaction. */
export function setOwnPin(ctx: CoreContext, pin: string | null, currentPin: string | undefined): UserInfo {
  return ctx.transact(() => {
    const me = currentUser(ctx);
    if (!me) throw new AppError('not_setup', 'Chưa có người dùng trên máy này. Hãy thiết lập trước.');
    const stored = users.pinHashOf(ctx.db, me.id);
    if (stored && (!currentPin || !pinMatches(stored, currentPin))) {
      throw new AppError('forbidden', 'Mã PIN hiện tại không đúng: cần mã PIN cũ để đổi hoặc bỏ mã PIN.', { field: 'currentPin' });
    }
    users.setPinHash(ctx.db, me.id, pin === null ? null : hashPin(pin));
    return { ...me, hasPin: pin !== null };
  });
}

/**
 * `settings:set`: local settings other than the reserved ones (organisation, user: those change through setup or a
 * user switch), report settings checked as the report settings form checks them; one transaction.
 */
export function setSettings(ctx: CoreContext, values: Record<string, string>): Record<string, string> {
  const reserved = Object.keys(values).find((k) => RESERVED_SETTINGS.has(k));
  if (reserved) {
    throw new AppError('forbidden', `Thiết lập "${reserved}" chỉ đổi được qua màn hình bắt đầu hoặc khi chuyển người dùng.`, { field: `values.${reserved}` });
  }
  checkReportSettingValues(ctx, values);
  ctx.transact(() => {
    for (const [key, value] of Object.entries(values)) settingsRepo.set(ctx.db, key, value);
  });
  ctx.emit({ type: 'changed', payload: { domain: 'settings' } });
  return settingsRepo.all(ctx.db);
}
