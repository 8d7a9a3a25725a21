import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/dates';
import { parsePeriod } from '../../../shared/domain/periods';
import { applyCutoff, NO_CUTOFF, REPORT_SETTING_KEYS, reportSettingValues, reportSettingsFrom } from '../../../shared/domain/report';

describe('data cut-off day (Nghị định 09/2019)', () => {
  it('runs from the day after the cut-off in the month before to the cut-off day of the last month', () => {
    expect(applyCutoff(parsePeriod('2020-05'), { ...NO_CUTOFF, month: 14 })).toEqual({
      from: '2020-04-15',
      to: '2020-05-14',
      label: 'tháng 5 năm 2020 (số liệu từ ngày 15/04/2020 đến ngày 14/05/2020)',
    });
    expect(applyCutoff(parsePeriod('2020'), { ...NO_CUTOFF, year: 14 })).toMatchObject({ from: '2019-12-15', to: '2020-12-14' });
    expect(applyCutoff(parsePeriod('2020-Q1'), { ...NO_CUTOFF, quarter: 28 })).toMatchObject({ from: '2019-12-29', to: '2020-03-28' });
    expect(applyCutoff(parsePeriod('2020-03'), { ...NO_CUTOFF, month: 28 })).toMatchObject({ from: '2020-02-29', to: '2020-03-28' });
  });

  it('leaves the calendar period when no day is set for that type', () => {
    expect(applyCutoff(parsePeriod('2020-05'), { ...NO_CUTOFF, year: 14 })).toBeNull();
    expect(applyCutoff({ kind: 'range', from: '2020-01-01', to: '2020-01-31' }, { month: 14, quarter: 14, half: 14, year: 14 })).toBeNull();
  });

  it('consecutive months tile the calendar without gap or overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const a = applyCutoff(parsePeriod(`${y}-${String(m).padStart(2, '0')}`), { ...NO_CUTOFF, month: d })!;
        const b = applyCutoff(parsePeriod(`${y}-${String(m + 1).padStart(2, '0')}`), { ...NO_CUTOFF, month: d })!;
        expect(addDays(a.to, 1)).toBe(b.from);
      }),
    );
  });

  it('is stored per period type in the settings, empty meaning calendar boundaries', () => {
    const s = reportSettingsFrom({ 'report.cutoff.month': '14', 'report.cutoff.year': '31', [REPORT_SETTING_KEYS.place]: 'Hà Nội' });
    expect(s.cutoffDays).toEqual({ month: 14, quarter: null, half: null, year: null });
    expect(reportSettingValues(s)['report.cutoff.month']).toBe('14');
    expect(reportSettingValues(s)['report.cutoff.quarter']).toBe('');
    expect(reportSettingsFrom(reportSettingValues(s))).toEqual(s);
  });
});
