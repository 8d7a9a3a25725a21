import type { Role } from '../domain/types';
import { contract, type Channel } from './index';

/**
 * Who may run which command: the one place of the rule. The core checks it on every call (whatever the way in:
 * window, browser host, CLI); the screens use the same function to hide what the person cannot do.
 *
 * - viewer (người xem): reads only. The commands below change no plan or schedule data: who sits at the keyboard,
 *   their own view settings and saved filters, a report written to a file, a backup, and sync transport (a Home
 *   Affairs officer receives the organisations' files; what arrives is checked by the sync rules, not by role).
 * - producer (phóng viên / sản xuất): also marks what went out with its proof, and moves work along
 *   (đang sản xuất, sẵn sàng).
 * - editor (biên tập viên): plans: everything else.
 */
const ANYONE: ReadonlySet<Channel> = new Set<Channel>([
  'users:switch',
  'users:setPin',
  'filters:save',
  'filters:delete',
  'reports:export',
  'reports:open',
  'backup:create',
  'sync:export',
  'sync:import',
  'sync:run',
  'sync:trust',
  'sync:trustOrg',
  'sync:setFolder',
]);

/** Settings a person may change for themselves; every other key is the organisation's and needs an editor. */
const PERSONAL_SETTINGS: ReadonlySet<string> = new Set(['language']);
/** Settings no command may write directly: they change only through setup and the user switch (with its PIN). */
export const RESERVED_SETTINGS: ReadonlySet<string> = new Set(['orgId', 'currentUserId']);

/** Marking what went out from a station's as-run log or a newspaper's list is marking done, many at once. */
const PRODUCER_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['reconcile:confirm', 'reconcile:undo', 'reconcile:saveMapping', 'reconcile:deleteMapping']);

const PRODUCER_STATUSES: ReadonlySet<string> = new Set(['in_production', 'ready']);

const ROLE_RANK: Record<Role, number> = { viewer: 0, producer: 1, editor: 2 };

/** The least role a call needs; null when anyone may make it (every query, and the commands above). */
export function roleNeeded(channel: Channel, input?: unknown): Role | null {
  if (!contract[channel].mutates || ANYONE.has(channel)) return null;
  if (channel === 'items:markDone' || PRODUCER_CHANNELS.has(channel)) return 'producer';
  if (channel === 'items:setStatus') {
    const to = (input as { status?: unknown } | undefined)?.status;
    return typeof to === 'string' && PRODUCER_STATUSES.has(to) ? 'producer' : 'editor';
  }
  if (channel === 'settings:set') {
    const keys = Object.keys((input as { values?: Record<string, unknown> } | undefined)?.values ?? {});
    return keys.every((k) => PERSONAL_SETTINGS.has(k)) ? null : 'editor';
  }
  return 'editor';
}

/** May a person of `role` make this call? No role (setup not finished) is not checked here: setup itself is. */
export function can(role: Role | null | undefined, channel: Channel, input?: unknown): boolean {
  const needed = roleNeeded(channel, input);
  return needed === null || role == null || ROLE_RANK[role] >= ROLE_RANK[needed];
}

const ROLE_WORDS: Record<Role, string> = { editor: 'biên tập viên', producer: 'phóng viên / sản xuất', viewer: 'người xem' };

/** The Vietnamese refusal: what the person is, what it takes, and what to do. */
export function forbiddenMessage(role: Role, needed: Role): string {
  const who = needed === 'producer' ? 'phóng viên / sản xuất hoặc biên tập viên' : 'biên tập viên';
  return `Bạn đang dùng ứng dụng với vai trò ${ROLE_WORDS[role]}: việc này chỉ ${who} làm được. Hãy chuyển sang người dùng có vai trò đó (Cài đặt → Người dùng).`;
}
