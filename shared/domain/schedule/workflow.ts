import { formatViDate, isValidIsoDate, isValidLocalTime } from '../dates';
import type { DoneRecord, IsoDate, Item, ItemStatus, LocalTime, Timestamp } from '../types';
import { statusLabel } from './labels';

export const OPEN_STATUSES: readonly ItemStatus[] = ['planned', 'in_production', 'ready', 'postponed'];

interface DoneInput {
  at: IsoDate;
  time?: LocalTime | null;
  durationMin?: number | null;
  slot?: string | null;
  issueNo?: string | null;
  page?: string | null;
  link?: string | null;
  evidenceFile?: string | null;
  evidenceSha256?: string | null;
}

export type Transition =
  | { to: 'planned'; reason?: string | null }
  | { to: 'in_production' }
  | { to: 'ready' }
  | { to: 'postponed'; newDate: IsoDate; reason?: string | null }
  | { to: 'cancelled'; reason: string }
  | { to: 'done'; record: DoneInput };

export interface TransitionContext {
  today: IsoDate;
  now: Timestamp;
  /** Who is acting (user name), recorded on a done record. */
  by: string | null;
}

/** The fields a transition changes; the service writes them as the item's status/schedule/done groups. */
export interface TransitionPatch {
  status: ItemStatus;
  statusReason: string | null;
  plannedDate?: IsoDate;
  done: DoneRecord | null;
}

export type TransitionResult =
  { ok: true; patch: TransitionPatch } | { ok: false; code: 'illegal_transition' | 'invalid_input'; message: string; field?: string };

type ItemState = Pick<Item, 'status' | 'plannedDate' | 'outlet' | 'done'>;

/** Statuses an item may move to from `from` (for menus and board drop targets). */
export function allowedTargets(from: ItemStatus): ItemStatus[] {
  if (from === 'done' || from === 'cancelled') return ['planned'];
  if (from === 'postponed') return ['planned', 'in_production', 'ready', 'done', 'postponed', 'cancelled'];
  return ['planned', 'in_production', 'ready', 'done', 'postponed', 'cancelled'].filter((s) => s !== from) as ItemStatus[];
}

export function canTransition(from: ItemStatus, to: ItemStatus): boolean {
  return allowedTargets(from).includes(to);
}

/** True when the move needs a reason from the person (cancel, reopen). */
export function needsReason(from: ItemStatus, to: ItemStatus): boolean {
  return to === 'cancelled' || (to === 'planned' && (from === 'done' || from === 'cancelled' || from === 'postponed'));
}

function q(status: ItemStatus, item: ItemState): string {
  return `"${statusLabel(status, item.outlet)}"`;
}

function refuse(item: ItemState, to: ItemStatus): TransitionResult {
  const from = item.status;
  let why: string;
  if (from === to) why = `Mục này đã ở trạng thái ${q(from, item)}.`;
  else if (from === 'done' || from === 'cancelled')
    why = `Không thể chuyển từ ${q(from, item)} sang ${q(to, item)}. Hãy mở lại mục này (về "Đã lên lịch", kèm lý do) trước.`;
  else why = `Không thể chuyển từ ${q(from, item)} sang ${q(to, item)}.`;
  return { ok: false, code: 'illegal_transition', message: why };
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').normalize('NFC').trim();
  return t.length > 0 ? t : null;
}

function invalid(field: string, message: string): TransitionResult {
  return { ok: false, code: 'invalid_input', message, field };
}

function isHttpUrl(s: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(s);
}

function doneRecord(input: DoneInput, ctx: TransitionContext): DoneRecord | TransitionResult {
  if (!isValidIsoDate(input.at)) return invalid('at', `Ngày phát sóng/đăng "${input.at}" không hợp lệ (dạng yyyy-MM-dd).`);
  if (input.at > ctx.today) return invalid('at', `Ngày ${formatViDate(input.at)} còn ở tương lai: chỉ đánh dấu đã phát sóng/đã đăng khi đã diễn ra.`);
  const time = clean(input.time);
  if (time !== null && !isValidLocalTime(time)) return invalid('time', `Giờ "${time}" không hợp lệ (dạng HH:mm, ví dụ 19:30).`);
  const d = input.durationMin ?? null;
  if (d !== null && (!Number.isInteger(d) || d <= 0 || d > 24 * 60)) return invalid('durationMin', 'Thời lượng phải là số phút nguyên dương (tối đa 1440).');
  const link = clean(input.link);
  if (link !== null && !isHttpUrl(link)) return invalid('link', 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.');
  return {
    at: input.at,
    time,
    durationMin: d,
    slot: clean(input.slot),
    issueNo: clean(input.issueNo),
    page: clean(input.page),
    link,
    evidenceFile: clean(input.evidenceFile),
    evidenceSha256: clean(input.evidenceSha256),
    markedBy: ctx.by,
    markedAt: ctx.now,
  };
}

/** Decide one status change. Pure: the caller writes the patch (and its history) in one transaction. */
export function applyTransition(item: ItemState, t: Transition, ctx: TransitionContext): TransitionResult {
  const from = item.status;
  const to = t.to;
  const samePostpone = from === 'postponed' && to === 'postponed';
  if (!samePostpone && !canTransition(from, to)) return refuse(item, to);

  switch (t.to) {
    case 'planned': {
      const reason = clean(t.reason);
      if (needsReason(from, 'planned') && reason === null) return invalid('reason', `Mở lại mục ${q(from, item)} cần ghi lý do.`);
      return { ok: true, patch: { status: 'planned', statusReason: reason, done: null } };
    }
    case 'in_production':
    case 'ready':
      return { ok: true, patch: { status: t.to, statusReason: null, done: null } };
    case 'postponed': {
      if (!isValidIsoDate(t.newDate)) return invalid('newDate', `Ngày mới "${t.newDate}" không hợp lệ (dạng yyyy-MM-dd).`);
      if (t.newDate <= item.plannedDate) return invalid('newDate', `Ngày mới phải sau ngày dự kiến hiện tại (${formatViDate(item.plannedDate)}).`);
      return { ok: true, patch: { status: 'postponed', statusReason: clean(t.reason), plannedDate: t.newDate, done: null } };
    }
    case 'cancelled': {
      const reason = clean(t.reason);
      if (reason === null) return invalid('reason', 'Hủy mục cần ghi lý do.');
      return { ok: true, patch: { status: 'cancelled', statusReason: reason, done: null } };
    }
    case 'done': {
      const rec = doneRecord(t.record, ctx);
      if ('ok' in rec) return rec;
      return { ok: true, patch: { status: 'done', statusReason: null, done: rec } };
    }
  }
}
