import { describe, expect, it } from 'vitest';
import { buildCadence, parseTimeframe, specOfCadence, type CadenceSpec } from '../../../shared/domain/cadence';

describe('cadence editor specs', () => {
  it.each<[CadenceSpec, string]>([
    [{ mode: 'every', period: 'month', count: 1, fromMonth: 1, toMonth: 12 }, 'Mỗi tháng 01 kỳ'],
    [{ mode: 'every', period: 'quarter', count: 1, fromMonth: 1, toMonth: 12 }, 'Hàng quý'],
    [{ mode: 'every', period: 'month', count: 2, fromMonth: 3, toMonth: 12 }, 'Mỗi tháng 2 kỳ, từ tháng 3 đến tháng 12'],
    [{ mode: 'range', from: '2020-09-01', to: '2020-10-31', count: 1 }, 'Tháng 9,10/2020'],
    [{ mode: 'deadline', to: '2020-06-15', count: 1 }, 'Trước ngày 15/6/2020'],
    [{ mode: 'ongoing' }, 'Thường xuyên'],
  ])('%j builds what the phrase %j reads, and round-trips', (spec, phrase) => {
    const built = buildCadence(spec, 2020);
    expect(built).toEqual({ ok: true, cadence: parseTimeframe(phrase, 2020) });
    if (built.ok) expect(specOfCadence(built.cadence, 2020)).toEqual(spec);
  });

  it('gives chosen months a window each', () => {
    const built = buildCadence({ mode: 'months', months: [9, 3], count: 2 }, 2020);
    expect(built).toEqual({
      ok: true,
      cadence: {
        kind: 'windows',
        windows: [
          { from: '2020-03-01', to: '2020-03-31', count: 2 },
          { from: '2020-09-01', to: '2020-09-30', count: 2 },
        ],
      },
    });
    if (built.ok) expect(specOfCadence(built.cadence, 2020)).toEqual({ mode: 'months', months: [3, 9], count: 2 });
  });

  it.each<[CadenceSpec, string]>([
    [{ mode: 'every', period: 'month', count: 0, fromMonth: 1, toMonth: 12 }, 'count'],
    [{ mode: 'every', period: 'quarter', count: 1, fromMonth: 2, toMonth: 12 }, 'fromMonth'],
    [{ mode: 'every', period: 'month', count: 1, fromMonth: 6, toMonth: 3 }, 'fromMonth'],
    [{ mode: 'months', months: [], count: 1 }, 'months'],
    [{ mode: 'range', from: '2021-01-01', to: '2021-02-01', count: 1 }, 'from'],
    [{ mode: 'range', from: '2020-05-01', to: '2020-02-01', count: 1 }, 'to'],
    [{ mode: 'deadline', to: '2020-02-30', count: 1 }, 'to'],
  ])('refuses %j naming the field %s, in Vietnamese', (spec, field) => {
    const built = buildCadence(spec, 2020);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.field).toBe(field);
      expect(built.message).toMatch(/[ạảãáàâăếệểễềđọỏõóòôơưứừữửựíịỉĩìúùủũụ]/u);
    }
  });
});
