import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViDate, formatViDateTime, formatViDayOf, isoDate, isValidIsoDate, parseViDate, readViDate } from '../../shared/domain/dates';

// The one Vietnamese date parser and formatter set every way in uses (forms, plan editor, compliance dates, CLI output).
describe('readViDate', () => {
  it('says why a date is refused, with the date as typed for the message', () => {
    expect(readViDate('31/02/2020')).toEqual({ ok: false, problem: 'missing', shown: '31/02/2020' });
    expect(readViDate('5/13/2020')).toEqual({ ok: false, problem: 'missing', shown: '05/13/2020' });
    expect(readViDate('02/31/20')).toEqual({ ok: false, problem: 'year', shown: '02/31/20' });
    expect(readViDate('1/1/0020')).toMatchObject({ ok: false, problem: 'year' });
    expect(readViDate('1/1/2201')).toMatchObject({ ok: false, problem: 'year' });
    expect(readViDate('hôm qua')).toEqual({ ok: false, problem: 'format', shown: 'hôm qua' });
    expect(readViDate('2020-11-15')).toMatchObject({ ok: false, problem: 'format' });
  });

  it('reads a two-digit year only where the caller allows it', () => {
    expect(parseViDate('15/11/20')).toBeNull();
    expect(parseViDate('15/11/20', { shortYear: true })).toBe('2020-11-15');
    expect(parseViDate('15/11/020', { shortYear: true })).toBeNull();
  });

  it('reads back every date it formats, and nothing that is not a calendar day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = isoDate(y, m, d);
        const read = parseViDate(`${d}/${m}/${y}`);
        if (isValidIsoDate(iso)) expect(read === iso && parseViDate(formatViDate(iso)) === iso).toBe(true);
        else expect(read).toBeNull();
      }),
    );
  });
});

describe('formatViDateTime / formatViDayOf', () => {
  it("show an instant on this computer's clock, and a dash for none", () => {
    const at = new Date(2026, 10, 26, 9, 5); // local time
    expect(formatViDateTime(at.toISOString())).toBe('26/11/2026 09:05');
    expect(formatViDayOf(at.toISOString())).toBe('26/11/2026');
    for (const none of [null, undefined, '', 'không phải ngày']) {
      expect(formatViDateTime(none)).toBe('—');
      expect(formatViDayOf(none)).toBe('—');
    }
  });
});
