import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_SETTING_VALUES,
  REPORT_SETTING_KEYS,
  formatReportNumber,
  reportSettingValues,
  reportSettingsFrom,
  unknownPlaceholders,
} from '../../../shared/domain/report';

describe('report settings', () => {
  it('falls back to the defaults for every missing key', () => {
    const s = reportSettingsFrom({});
    expect(s.numberPattern).toBe('{n}/BC-{abbr}');
    expect(s.signerAuthority).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(s.issuingBody).toBe(DEFAULT_REPORT_SETTING_VALUES.issuingBody);
  });

  it('reads stored values, one recipient per line, dropping typed bullets and blank lines', () => {
    const s = reportSettingsFrom({
      [REPORT_SETTING_KEYS.issuingBody]: 'BÁO HẢI DƯƠNG',
      [REPORT_SETTING_KEYS.recipients]: '- Sở Nội vụ;\n\n• Tổng biên tập;\r\n',
      [REPORT_SETTING_KEYS.signerAuthority]: 'TỔNG BIÊN TẬP',
    });
    expect(s.issuingBody).toBe('BÁO HẢI DƯƠNG');
    expect(s.recipients).toEqual(['Sở Nội vụ;', 'Tổng biên tập;']);
    expect(s.signerAuthority).toEqual(['TỔNG BIÊN TẬP']);
  });

  it('round-trips through the stored form', () => {
    const s = reportSettingsFrom({ [REPORT_SETTING_KEYS.signerName]: 'Lê Thị Mai' });
    expect(reportSettingsFrom(reportSettingValues(s))).toEqual(s);
  });

  it('keeps an empty parent body (an issuer without one) instead of the default', () => {
    expect(reportSettingsFrom({ [REPORT_SETTING_KEYS.parentBody]: '' }).parentBody).toBe('');
  });
});

describe('number pattern', () => {
  it('fills number, abbreviation and year', () => {
    expect(formatReportNumber('{n}/BC-{abbr}', { n: 12, abbr: 'PTTH', year: 2020 })).toBe('12/BC-PTTH');
    expect(formatReportNumber('{n}/{year}/BC-{abbr}', { n: '7', abbr: 'BHD', year: 2021 })).toBe('07/2021/BC-BHD'); // below 10: a leading zero (the form)
    expect(formatReportNumber('{n}/BC', { n: '12', abbr: '', year: 2021 })).toBe('12/BC');
  });

  it('leaves a blank for the clerk when there is no number yet', () => {
    const s = formatReportNumber('{n}/BC-{abbr}', { n: null, abbr: 'PTTH', year: 2020 });
    expect(s).toMatch(/^\u00a0+\/BC-PTTH$/);
  });

  it('reports unknown placeholders', () => {
    expect(unknownPlaceholders('{n}/BC-{ab}{year}')).toEqual(['{ab}']);
  });
});
