import type { CoreContext } from '../context';
import type { AppInfo, UserInfo } from '../../../shared/contract/app';
import type { Organisation, Role } from '../../../shared/domain/types';
import { AppError } from '../../../shared/contract/errors';
import { newId, orgIdFromName } from '../../../shared/domain/ids';
import { schemaVersionOf } from '../db/open';
import { loadBuiltinPlan } from './plans-builtin';
import * as settingsRepo from '../db/settings-repo';
import './org-table';

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
  return ctx.db.prepare('SELECT id, name, role FROM users ORDER BY name').all() as UserInfo[];
}

export function currentUser(ctx: CoreContext): UserInfo | null {
  const id = settingsRepo.get(ctx.db, SETTING_USER);
  if (!id) return null;
  return (ctx.db.prepare('SELECT id, name, role FROM users WHERE id = ?').get(id) as UserInfo | undefined) ?? null;
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
  const existing = ctx.db.prepare('SELECT id, name, role FROM users WHERE name = ?').get(name) as UserInfo | undefined;
  if (existing) {
    if (existing.role !== role) ctx.db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, existing.id);
    return { ...existing, role };
  }
  const user: UserInfo = { id: newId(), name, role };
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

export function switchUser(ctx: CoreContext, userId: string): AppInfo {
  const user = ctx.db.prepare('SELECT id FROM users WHERE id = ?').get(userId);
  if (!user) throw new AppError('not_found', 'Không tìm thấy người dùng này.', { field: 'userId' });
  settingsRepo.set(ctx.db, SETTING_USER, userId);
  return appInfo(ctx);
}
