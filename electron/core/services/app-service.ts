import type { CoreContext } from '../context';
import type { AppInfo, UserInfo } from '../../../shared/contract/app';
import type { Organisation, Role } from '../../../shared/domain/types';
import { AppError } from '../../../shared/contract/errors';
import { newId, orgIdFromName } from '../../../shared/domain/ids';
import { schemaVersionOf } from '../db/open';
import { loadBuiltinPlan } from './plans-builtin';
import * as settingsRepo from '../db/settings-repo';
import { hashPin, pinMatches } from './user-pin';
import './org-table';

const USER_COLUMNS = 'id, name, role, EXISTS (SELECT 1 FROM user_pins p WHERE p.user_id = users.id) AS hasPin';
const PIN_OF = 'SELECT pin_hash AS pin FROM user_pins WHERE user_id = ?';
type UserRow = Omit<UserInfo, 'hasPin'> & { hasPin: number };
const toUser = (r: UserRow): UserInfo => ({ ...r, hasPin: r.hasPin === 1 });

export const SETTING_ORG = 'orgId';
export const SETTING_USER = 'currentUserId';
export const SETTING_LANGUAGE = 'language';

export function listOrganisations(ctx: CoreContext): Organisation[] {
  return ctx.db
    .prepare('SELECT id, name, short_name AS shortName FROM organisations ORDER BY name COLLATE NOCASE')
    .all() as Organisation[];
}

export function getOrganisation(ctx: CoreContext, id: string): Organisation | null {
  return (ctx.db.prepare('SELECT id, name, short_name AS shortName FROM organisations WHERE id = ?').get(id) as Organisation | undefined) ?? null;
}

export function listUsers(ctx: CoreContext): UserInfo[] {
  const rows = ctx.db.prepare(`SELECT ${USER_COLUMNS} FROM users`).all() as UserRow[];
  const collator = new Intl.Collator('vi');
  return rows.map(toUser).sort((a, b) => collator.compare(a.name, b.name));
}

export function currentUser(ctx: CoreContext): UserInfo | null {
  const id = settingsRepo.get(ctx.db, SETTING_USER);
  if (!id) return null;
  const row = ctx.db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function appInfo(ctx: CoreContext): AppInfo {
  const install = ctx.db.prepare('SELECT install_id AS installId, install_name AS installName FROM install WHERE id = 1').get() as {
    installId: string;
    installName: string;
  };
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

/** Put an organisation in the directory (idempotent: same name → same id). Call inside a transaction. */
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

export function addUser(ctx: CoreContext, name: string, role: Role): UserInfo {
  const row = ctx.db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE name = ?`).get(name) as UserRow | undefined;
  if (row) {
    const existing = toUser(row);
    if (existing.role !== role) ctx.db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, existing.id);
    return { ...existing, role };
  }
  const user: UserInfo = { id: newId(), name, role, hasPin: false };
  ctx.db.prepare('INSERT INTO users (id, name, role, created_at) VALUES (?, ?, ?, ?)').run(user.id, name, role, ctx.now().toISOString());
  return user;
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
    if (input.installName) ctx.db.prepare('UPDATE install SET install_name = ? WHERE id = 1').run(input.installName);
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
  const target = ctx.db.prepare('SELECT id FROM users WHERE name = ?').get(userName.normalize('NFC').trim()) as { id: string } | undefined;
  if (target && target.id !== acting.id && ctx.db.prepare(PIN_OF).get(target.id)) {
    throw new AppError('forbidden', `Người dùng "${userName}" có mã PIN: hãy chuyển người dùng trong ứng dụng (Cài đặt → Người dùng) và nhập mã PIN.`, { field: 'userName' });
  }
}

export function switchUser(ctx: CoreContext, userId: string, pin?: string): AppInfo {
  const user = ctx.db.prepare('SELECT id FROM users WHERE id = ?').get(userId) as { id: string } | undefined;
  if (!user) throw new AppError('not_found', 'Không tìm thấy người dùng này.', { field: 'userId' });
  const stored = (ctx.db.prepare(PIN_OF).get(userId) as { pin: string } | undefined)?.pin;
  if (stored && userId !== currentUser(ctx)?.id) {
    if (!pin) throw new AppError('forbidden', 'Người dùng này có mã PIN: hãy nhập mã PIN để chuyển.', { field: 'pin' });
    if (!pinMatches(stored, pin)) throw new AppError('forbidden', 'Mã PIN không đúng. Hãy thử lại.', { field: 'pin' });
  }
  settingsRepo.set(ctx.db, SETTING_USER, userId);
  return appInfo(ctx);
}

/** The current user sets, changes (old PIN needed) or removes their own PIN. */
export function setOwnPin(ctx: CoreContext, pin: string | null, currentPin: string | undefined): UserInfo {
  const me = currentUser(ctx);
  if (!me) throw new AppError('not_setup', 'Chưa có người dùng trên máy này. Hãy thiết lập trước.');
  const stored = (ctx.db.prepare(PIN_OF).get(me.id) as { pin: string } | undefined)?.pin;
  if (stored && (!currentPin || !pinMatches(stored, currentPin))) {
    throw new AppError('forbidden', 'Mã PIN hiện tại không đúng: cần mã PIN cũ để đổi hoặc bỏ mã PIN.', { field: 'currentPin' });
  }
  if (pin === null) ctx.db.prepare('DELETE FROM user_pins WHERE user_id = ?').run(me.id);
  else ctx.db.prepare('INSERT OR REPLACE INTO user_pins (user_id, pin_hash) VALUES (?, ?)').run(me.id, hashPin(pin));
  return { ...me, hasPin: pin !== null };
}
