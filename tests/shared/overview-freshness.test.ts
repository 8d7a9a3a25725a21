import { describe, expect, it } from 'vitest';
import { freshnessOf, STALE_AFTER_DAYS } from '../../shared/domain/sync/freshness';

// The Home Affairs view's freshness rule (pure, applied by the core to sync:overview): own data, fresh, stale after a week, never received.
describe('freshness of an organisation’s data', () => {
  const now = new Date('2026-11-25T07:30:00.000Z');
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * 86_400_000 - hours * 3_600_000).toISOString();

  it('own data is always current, whatever the install times say', () => {
    expect(freshnessOf({ own: true, lastChangeAt: null, lastFileAt: null }, now)).toEqual({ kind: 'own' });
    expect(freshnessOf({ own: true, lastChangeAt: at(30), lastFileAt: at(30) }, now)).toEqual({ kind: 'own' });
  });

  it('no file yet (or an unreadable time) is "never", not fresh, even when data came through another install', () => {
    expect(freshnessOf({ own: false, lastChangeAt: at(1), lastFileAt: null }, now)).toEqual({ kind: 'never', lastChangeAt: at(1) });
    expect(freshnessOf({ own: false, lastChangeAt: null, lastFileAt: null }, now)).toEqual({ kind: 'never', lastChangeAt: null });
    expect(freshnessOf({ own: false, lastChangeAt: null, lastFileAt: 'không phải ngày' }, now)).toEqual({ kind: 'never', lastChangeAt: null });
  });

  it('is fresh up to just under a week after the last file, stale from a full week', () => {
    expect(STALE_AFTER_DAYS).toBe(7);
    expect(freshnessOf({ own: false, lastChangeAt: at(2), lastFileAt: at(0, 1) }, now)).toEqual({ kind: 'fresh', lastChangeAt: at(2), lastFileAt: at(0, 1) });
    expect(freshnessOf({ own: false, lastChangeAt: null, lastFileAt: at(6, 23) }, now).kind).toBe('fresh');
    expect(freshnessOf({ own: false, lastChangeAt: at(9), lastFileAt: at(7) }, now)).toEqual({
      kind: 'stale',
      lastChangeAt: at(9),
      lastFileAt: at(7),
      days: 7,
    });
    expect(freshnessOf({ own: false, lastChangeAt: null, lastFileAt: at(40, 5) }, now)).toMatchObject({ kind: 'stale', days: 40 });
  });

  it('a file stamped in the future (a clock ahead) counts as fresh, not negative days stale', () => {
    expect(freshnessOf({ own: false, lastChangeAt: null, lastFileAt: at(-2) }, now).kind).toBe('fresh');
  });
});
