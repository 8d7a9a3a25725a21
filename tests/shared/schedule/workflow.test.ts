import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ITEM_STATUSES, type ItemStatus, type Outlet } from '../../../shared/domain/types';
import { allowedTargets, applyTransition, canTransition, type Transition } from '../../../shared/domain/schedule/workflow';
import { doneLabel, statusLabel } from '../../../shared/domain/schedule/labels';

const ctx = { today: '2020-06-30', now: '2020-06-30T03:00:00.000Z', by: 'Trần Thị Bình' };
const item = (status: ItemStatus, outlet: Outlet = 'tv') => ({ status, outlet, plannedDate: '2020-05-15', done: null });

function transitionTo(to: ItemStatus): Transition {
  switch (to) {
    case 'planned':
      return { to, reason: 'Phát lại theo yêu cầu' };
    case 'postponed':
      return { to, newDate: '2020-05-20' };
    case 'cancelled':
      return { to, reason: 'Trùng lịch' };
    case 'done':
      return { to, record: { at: '2020-05-15' } };
    default:
      return { to };
  }
}

describe('workflow', () => {
  it('walks the main line planned → in production → ready → done', () => {
    let state = item('planned');
    for (const to of ['in_production', 'ready', 'done'] as const) {
      const r = applyTransition(state, transitionTo(to), ctx);
      expect(r.ok).toBe(true);
      if (r.ok) state = { ...state, status: r.patch.status };
    }
    expect(state.status).toBe('done');
  });

  it('marks done straight from planned and records who, when, slot and link', () => {
    const r = applyTransition(
      item('planned'),
      { to: 'done', record: { at: '2020-05-15', time: '19:45', durationMin: 15, slot: 'Thời sự tối', link: 'https://qtv.vn/a' } },
      ctx,
    );
    expect(r).toEqual({
      ok: true,
      patch: {
        status: 'done',
        statusReason: null,
        done: {
          at: '2020-05-15',
          time: '19:45',
          durationMin: 15,
          slot: 'Thời sự tối',
          issueNo: null,
          page: null,
          link: 'https://qtv.vn/a',
          evidenceFile: null,
          evidenceSha256: null,
          markedBy: 'Trần Thị Bình',
          markedAt: '2020-06-30T03:00:00.000Z',
        },
      },
    });
  });

  it('refuses to leave done or cancelled except by reopening, with a Vietnamese message', () => {
    const r = applyTransition(item('done'), { to: 'in_production' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('illegal_transition');
      expect(r.message).toContain('Đã phát sóng');
      expect(r.message).toContain('Hãy mở lại');
    }
    const c = applyTransition(item('cancelled', 'print'), transitionTo('done'), ctx);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.message).toContain('Đã hủy');
  });

  it('refuses a move to the same status', () => {
    const r = applyTransition(item('ready'), { to: 'ready' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('Mục này đã ở trạng thái "Sẵn sàng".');
  });

  it('needs a reason to cancel and to reopen', () => {
    const c = applyTransition(item('planned'), { to: 'cancelled', reason: '   ' }, ctx);
    expect(c).toMatchObject({ ok: false, code: 'invalid_input', field: 'reason' });
    const reopen = applyTransition(item('done'), { to: 'planned' }, ctx);
    expect(reopen).toMatchObject({ ok: false, field: 'reason' });
    const ok = applyTransition(item('done'), { to: 'planned', reason: 'Phát nhầm bản' }, ctx);
    expect(ok).toEqual({ ok: true, patch: { status: 'planned', statusReason: 'Phát nhầm bản', done: null } });
  });

  it('postpones only to a later valid date, moving the planned date', () => {
    expect(applyTransition(item('ready'), { to: 'postponed', newDate: '2020-05-15' }, ctx)).toMatchObject({ ok: false, field: 'newDate' });
    expect(applyTransition(item('ready'), { to: 'postponed', newDate: '2020-02-30' }, ctx)).toMatchObject({ ok: false, field: 'newDate' });
    const r = applyTransition(item('in_production'), { to: 'postponed', newDate: '2020-05-22', reason: 'Chờ số liệu' }, ctx);
    expect(r).toEqual({ ok: true, patch: { status: 'postponed', statusReason: 'Chờ số liệu', plannedDate: '2020-05-22', done: null } });
    // A postponed item can be postponed again and still go forward.
    expect(applyTransition(item('postponed'), { to: 'postponed', newDate: '2020-05-29' }, ctx).ok).toBe(true);
    expect(applyTransition(item('postponed'), transitionTo('done'), ctx).ok).toBe(true);
  });

  it('validates the done record: future date, time, duration, non-http link', () => {
    const base = item('ready');
    expect(applyTransition(base, { to: 'done', record: { at: '2020-07-01' } }, ctx)).toMatchObject({ ok: false, field: 'at' });
    expect(applyTransition(base, { to: 'done', record: { at: '2020-02-30' } }, ctx)).toMatchObject({ ok: false, field: 'at' });
    expect(applyTransition(base, { to: 'done', record: { at: '2020-05-15', time: '25:00' } }, ctx)).toMatchObject({ ok: false, field: 'time' });
    expect(applyTransition(base, { to: 'done', record: { at: '2020-05-15', durationMin: 0 } }, ctx)).toMatchObject({ ok: false, field: 'durationMin' });
    const link = applyTransition(base, { to: 'done', record: { at: '2020-05-15', link: 'ftp://x.vn/a' } }, ctx);
    expect(link).toMatchObject({ ok: false, field: 'link', message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.' });
  });

  it('labels done by outlet', () => {
    expect(doneLabel('tv')).toBe('Đã phát sóng');
    expect(doneLabel('radio')).toBe('Đã phát sóng');
    expect(doneLabel('district-radio')).toBe('Đã phát sóng');
    expect(doneLabel('print')).toBe('Đã đăng');
    expect(doneLabel('online')).toBe('Đã đăng');
    expect(doneLabel('portal')).toBe('Đã đăng');
    expect(statusLabel('done', 'print')).toBe('Đã đăng');
  });

  it('applyTransition agrees with canTransition for every pair (property)', () => {
    const status = fc.constantFrom(...ITEM_STATUSES);
    fc.assert(
      fc.property(status, status, (from, to) => {
        const r = applyTransition(item(from), transitionTo(to), ctx);
        const legal = canTransition(from, to) || (from === 'postponed' && to === 'postponed');
        if (!legal) return !r.ok && r.code === 'illegal_transition' && r.message.length > 0;
        return r.ok && r.patch.status === to;
      }),
    );
  });

  it('closed states only reopen; open states reach postponed and cancelled', () => {
    expect(allowedTargets('done')).toEqual(['planned']);
    expect(allowedTargets('cancelled')).toEqual(['planned']);
    for (const s of ['planned', 'in_production', 'ready', 'postponed'] as const) {
      expect(allowedTargets(s)).toContain('postponed');
      expect(allowedTargets(s)).toContain('cancelled');
      expect(allowedTargets(s)).toContain('done');
    }
  });
});
