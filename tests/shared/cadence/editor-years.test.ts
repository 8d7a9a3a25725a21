import { describe, expect, it } from 'vitest';
import { buildCadenceOver, parseTimeframe, specOfCadenceOver } from '../../../shared/domain/cadence';

describe('the cadence editor over a plan of several years', () => {
  it('a periodic choice holds in every year; a range may cross years inside the plan; dates outside are refused', () => {
    const quarterly = buildCadenceOver({ mode: 'every', period: 'quarter', count: 1, fromMonth: 1, toMonth: 12 }, 2026, 2030);
    expect(quarterly.ok && quarterly.cadence.kind === 'windows' && quarterly.cadence.windows.length).toBe(20);
    const june = buildCadenceOver({ mode: 'months', months: [6], count: 2 }, 2026, 2028);
    expect(june.ok && june.cadence).toEqual({
      kind: 'windows',
      windows: [2026, 2027, 2028].map((y) => ({ from: `${y}-06-01`, to: `${y}-06-30`, count: 2 })),
    });
    expect(buildCadenceOver({ mode: 'range', from: '2026-10-01', to: '2027-03-31', count: 1 }, 2026, 2030)).toEqual({
      ok: true,
      cadence: { kind: 'windows', windows: [{ from: '2026-10-01', to: '2027-03-31', count: 1 }] },
    });
    expect(buildCadenceOver({ mode: 'deadline', to: '2028-06-30', count: 1 }, 2026, 2030)).toEqual({
      ok: true,
      cadence: { kind: 'windows', windows: [{ from: '2028-01-01', to: '2028-06-30', count: 1 }] },
    });
    expect(buildCadenceOver({ mode: 'range', from: '2025-10-01', to: '2026-03-31', count: 1 }, 2026, 2030)).toMatchObject({ ok: false, field: 'from' });
    // A plan of one year: exactly the one-year editor.
    expect(buildCadenceOver({ mode: 'range', from: '2026-10-01', to: '2027-03-31', count: 1 }, 2026, 2026)).toMatchObject({ ok: false });
  });

  it('pre-fills the form from the first year when every year has the same windows', () => {
    expect(specOfCadenceOver(parseTimeframe('Hằng quý', 2026, 2030), 2026, 2030)).toEqual({
      mode: 'every',
      period: 'quarter',
      count: 1,
      fromMonth: 1,
      toMonth: 12,
    });
    expect(specOfCadenceOver(parseTimeframe('Tháng 6 hằng năm', 2026, 2030), 2026, 2030)).toEqual({ mode: 'months', months: [6], count: 1 });
    expect(specOfCadenceOver(parseTimeframe('Quý I hằng năm', 2026, 2030), 2026, 2030)).toEqual({
      mode: 'every',
      period: 'quarter',
      count: 1,
      fromMonth: 1,
      toMonth: 3,
    });
    // As stored: JSON keys in another order.
    const stored = JSON.parse(
      JSON.stringify(parseTimeframe('Tháng 6 hằng năm', 2026, 2030)).replace(/"from":("[^"]+"),"to":("[^"]+"),"count":(\d+)/g, '"count":$3,"from":$1,"to":$2'),
    );
    expect(Object.keys(stored.windows[0])).toEqual(['count', 'from', 'to']);
    expect(specOfCadenceOver(stored, 2026, 2030)).toEqual({ mode: 'months', months: [6], count: 1 });
    expect(specOfCadenceOver(parseTimeframe('Quý III/2026 - Quý I/2027', 2026, 2030), 2026, 2030)).toEqual({
      mode: 'range',
      from: '2026-07-01',
      to: '2027-03-31',
      count: 1,
    });
  });
});
