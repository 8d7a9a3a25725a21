import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCadence, parseTimeframe } from '../../../shared/domain/cadence';
import type { Cadence } from '../../../shared/domain/types';

/** Windows as "from..to×count", or the cadence kind: easy to read against the phrase. */
const read = (text: string, year: number, lastYear = year): string[] | string => {
  const c: Cadence = parseTimeframe(text, year, lastYear);
  return c.kind === 'windows' ? c.windows.map((w) => `${w.from}..${w.to}${w.count > 1 ? `×${w.count}` : ''}`) : c.kind;
};
const quarters = (y: number) => [`${y}-01-01..${y}-03-31`, `${y}-04-01..${y}-06-30`, `${y}-07-01..${y}-09-30`, `${y}-10-01..${y}-12-31`];

describe('timeframe families met in 2025 appendices, in a plan of one year (2024 or 2025)', () => {
  it.each<[string, number, string[] | string]>([
    // The old spelling "Quí", and "-" or "/" between quarter and year.
    ['Quí III-2024', 2024, ['2024-07-01..2024-09-30']],
    ['Quí III/2024', 2024, ['2024-07-01..2024-09-30']],
    ['QUÍ IV - 2024', 2024, ['2024-10-01..2024-12-31']],
    ['quí 2/2024', 2024, ['2024-04-01..2024-06-30']],
    ['Quý  IV / 2025', 2025, ['2025-10-01..2025-12-31']],
    // A month or a quarter every year.
    ['Tháng 6 hằng năm', 2025, ['2025-06-01..2025-06-30']],
    ['Tháng 12 hàng năm', 2025, ['2025-12-01..2025-12-31']],
    ['tháng 6, hằng năm', 2025, ['2025-06-01..2025-06-30']],
    ['Quý I hằng năm', 2025, ['2025-01-01..2025-03-31']],
    ['Tháng 6 và tháng 12 hằng năm', 2025, ['2025-06-01..2025-12-31']],
    // Ongoing combined with a periodic duty.
    ['Thường xuyên; báo cáo hằng quý', 2025, quarters(2025)],
    ['Thường xuyên, báo cáo định kỳ hằng quý', 2025, quarters(2025)],
    ['Thường xuyên; tổng hợp báo cáo 6 tháng/lần', 2025, ['2025-01-01..2025-06-30', '2025-07-01..2025-12-31']],
    ['Thường xuyên, hằng năm', 2025, 'ongoing'],
    ['Thường xuyên - trong năm', 2025, 'ongoing'],
    [
      'Thường xuyên; hằng tháng 02 kỳ',
      2025,
      Array.from(
        { length: 12 },
        (_, i) => `2025-${String(i + 1).padStart(2, '0')}-01..2025-${String(i + 1).padStart(2, '0')}-${[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][i]}×2`,
      ),
    ],
    // Start-from phrases with a year.
    ['Từ năm 2025', 2025, ['2025-01-01..2025-12-31']],
    ['Bắt đầu thực hiện từ quý II/2025', 2025, ['2025-04-01..2025-12-31']],
    ['Triển khai từ tháng 9/2025', 2025, ['2025-09-01..2025-12-31']],
    ['Từ Quí III-2025', 2025, ['2025-07-01..2025-12-31']],
    // Trailing punctuation and odd spacing.
    ['Hằng năm.', 2025, ['2025-01-01..2025-12-31']],
    ['Hằng quý;', 2025, quarters(2025)],
    ['  Quý   II/2025 . ', 2025, ['2025-04-01..2025-06-30']],
  ])('%j in %i', (text, year, expected) => {
    expect(read(text, year)).toEqual(expected);
  });
});

describe('plans of several years (2024–2026, 2026–2030)', () => {
  it.each<[string, number, number, string[] | string]>([
    ['Quý III Năm 2026', 2025, 2030, ['2026-07-01..2026-09-30']],
    ['Quý III/2024 - Quý I/2025', 2024, 2026, ['2024-07-01..2025-03-31']],
    ['Quí IV-2024 - Quí II-2025', 2024, 2026, ['2024-10-01..2025-06-30']],
    ['Tháng 10/2024 - tháng 3/2025', 2024, 2026, ['2024-10-01..2025-03-31']],
    ['Từ tháng 10/2024 đến hết tháng 3/2025', 2024, 2026, ['2024-10-01..2025-03-31']],
    ['Từ ngày 01/10/2024 đến ngày 31/3/2025', 2024, 2026, ['2024-10-01..2025-03-31']],
    ['Từ năm 2027', 2026, 2030, ['2027-01-01..2030-12-31']],
    ['Bắt đầu thực hiện từ quý II/2026', 2026, 2030, ['2026-04-01..2030-12-31']],
    ['Giai đoạn 2026 - 2030', 2026, 2030, ['2026-01-01..2030-12-31']],
    ['Cả giai đoạn', 2026, 2030, ['2026-01-01..2030-12-31']],
    ['Năm 2026 - 2027', 2026, 2030, ['2026-01-01..2027-12-31']],
    ['Tháng 6 hằng năm', 2026, 2028, ['2026-06-01..2026-06-30', '2027-06-01..2027-06-30', '2028-06-01..2028-06-30']],
    ['Hằng năm', 2026, 2028, ['2026-01-01..2026-12-31', '2027-01-01..2027-12-31', '2028-01-01..2028-12-31']],
    ['Thường xuyên; báo cáo hằng quý', 2024, 2026, [...quarters(2024), ...quarters(2025), ...quarters(2026)]],
    [
      'Hằng tháng trong năm 2027',
      2026,
      2030,
      Array.from(
        { length: 12 },
        (_, i) => `2027-${String(i + 1).padStart(2, '0')}-01..2027-${String(i + 1).padStart(2, '0')}-${[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][i]}`,
      ),
    ],
    ['Thường xuyên', 2026, 2030, 'ongoing'],
    // Without a year, in a plan of several years: which year is meant cannot be decided.
    ['Quý III', 2026, 2030, 'unknown'],
    ['Trong năm', 2026, 2030, 'unknown'],
    ['Tháng 5', 2026, 2030, 'unknown'],
    ['Hằng tháng, từ tháng 3', 2026, 2030, 'unknown'],
    ['Từ tháng 3 đến tháng 6', 2026, 2030, 'unknown'],
    // A year outside the plan's years is never moved into them.
    ['Quý II/2031', 2026, 2030, 'unknown'],
    ['Quý III/2025 - Quý I/2026', 2026, 2030, 'unknown'],
  ])('%j in %i–%i', (text, year, last, expected) => {
    expect(read(text, year, last)).toEqual(expected);
  });
});

/** Phrases nobody can turn into dates: they stay flagged with their text, as before. */
const UNDECIDABLE = [
  'Theo kế hoạch riêng',
  'Khi có phát sinh',
  'Sau khi có hướng dẫn của Trung ương',
  'Khi có yêu cầu',
  'Theo chỉ đạo của UBND tỉnh',
  'Theo tiến độ của Bộ',
  'Sau khi Đề án được phê duyệt',
  'Tùy tình hình thực tế',
  'Khi có văn bản mới',
  'Theo lộ trình',
];

describe('phrases that cannot be decided stay flagged: never a window', () => {
  it.each(UNDECIDABLE)('%j', (text) => {
    expect(parseTimeframe(text, 2025)).toEqual({ kind: 'unknown', text });
    expect(parseTimeframe(text, 2026, 2030)).toEqual({ kind: 'unknown', text });
  });

  it('a flagged phrase, with any spacing, case, punctuation or ongoing prefix, never yields windows', () => {
    const variant = fc.tuple(
      fc.constantFrom(...UNDECIDABLE),
      fc.constantFrom('', ' ', '  ', '\n'),
      fc.constantFrom('', '.', ';', ' .', ','),
      fc.boolean(),
      fc.constantFrom('', 'Thường xuyên; ', 'Thường xuyên, ', 'Báo cáo '),
    );
    fc.assert(
      fc.property(variant, fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 0, max: 10 }), ([text, space, tail, upper, prefix], year, span) => {
        const phrase = `${prefix}${upper ? text.toUpperCase() : text}`.replace(/ /g, ` ${space}`) + tail;
        const c = parseTimeframe(phrase, year, year + span);
        expect(c.kind).toBe('unknown');
        expect(c.kind === 'windows' ? c.windows : []).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('every window of any phrase lies inside the plan years, in order, never overlapping', () => {
    const phrase = (y: number) =>
      fc.oneof(
        fc.constantFrom('Hằng quý', 'Tháng 6 hằng năm', 'Hằng năm', 'Thường xuyên; báo cáo hằng quý', 'Quý III', '6 tháng/lần', 'Cả giai đoạn'),
        fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: -1, max: 6 })).map(([q, d]) => `Quí ${['I', 'II', 'III', 'IV'][q - 1]}-${y + d}`),
        fc
          .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }))
          .map(([m1, d1, m2, d2]) => `Tháng ${m1}/${y + d1} - tháng ${m2}/${y + d2}`),
        fc.integer({ min: -1, max: 6 }).map((d) => `Từ năm ${y + d}`),
        fc.string({ maxLength: 25 }),
      );
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1000 }), (year, span, seed) => {
        const text = fc.sample(phrase(year), { seed, numRuns: 1 })[0]!;
        const c = parseTimeframe(text, year, year + span);
        if (c.kind !== 'windows') return;
        for (const [i, w] of c.windows.entries()) {
          expect(w.from >= `${year}-01-01` && w.to <= `${year + span}-12-31` && w.from <= w.to).toBe(true);
          if (i > 0) expect(c.windows[i - 1]!.to < w.from).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('windows of a plan of several years, in words', () => {
  it.each<[string, string, string]>([
    ['Mỗi tháng 01 kỳ', '1 kỳ mỗi tháng, năm 2026–2030', 'once a month, 2026–2030'],
    ['Hằng tuần', '1 kỳ mỗi tuần, năm 2026–2030', 'once a week, 2026–2030'],
    ['Hằng năm', '1 kỳ mỗi năm, năm 2026–2030', 'once a year, 2026–2030'],
    ['Tháng 6 hằng năm', '1 lần trong tháng 6 mỗi năm, năm 2026–2030', 'once in Jun every year, 2026–2030'],
    ['Từ năm 2027', '1 lần trong năm 2027–2030', 'once in 2027–2030'],
    ['Quý III/2026 - Quý I/2027', '1 lần từ 01/07/2026 đến 31/03/2027', 'once from 1 Jul 2026 to 31 Mar 2027'],
  ])('%j', (text, vi, en) => {
    const c = parseTimeframe(text, 2026, 2030);
    expect([describeCadence(c), describeCadence(c, 'en')]).toEqual([vi, en]);
  });
});
