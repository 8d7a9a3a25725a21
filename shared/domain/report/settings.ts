import { CUTOFF_KINDS, type CutoffDays } from './cutoff';

/**
 * Everything printed on a report that is not data: the bodies, the number pattern, the place,
 * the signer, the recipients. Stored as plain settings (key → text) through the settings service.
 * IMPORTANT: the agency names below are only default values the user overwrites in Thiết lập;
 * no code path may print an agency name that does not come from these settings or from the data.
 */
export interface ReportSettings {
  /** "Tên cơ quan, tổ chức chủ quản" (capitals, not bold). Empty when the issuer has no parent body. */
  parentBody: string;
  /** "Tên cơ quan, tổ chức ban hành" (capitals, bold). */
  issuingBody: string;
  /** Abbreviation used in the number, e.g. "PTTH". */
  issuingAbbr: string;
  /** e.g. "{n}/BC-{abbr}". */
  numberPattern: string;
  /** Place name for the date line, e.g. "Hải Dương". */
  place: string;
  /** Authority lines above the signature, one per line: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC". */
  signerAuthority: string[];
  signerName: string;
  /** Recipients, one per line, without the leading "- ". */
  recipients: string[];
  /** What follows "Lưu:" in the last recipient line, e.g. "VT, TKBT". */
  archive: string;
  /** Data cut-off day per period type (null: calendar boundaries). */
  cutoffDays: CutoffDays;
}

const CUTOFF_PREFIX = 'report.cutoff.';

function cutoffDay(value: string | undefined): number | null {
  const n = Number((value ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 28 ? n : null;
}

export const REPORT_SETTING_KEYS = {
  parentBody: 'report.parentBody',
  issuingBody: 'report.issuingBody',
  issuingAbbr: 'report.issuingAbbr',
  numberPattern: 'report.numberPattern',
  place: 'report.place',
  signerAuthority: 'report.signerAuthority',
  signerName: 'report.signerName',
  recipients: 'report.recipients',
  archive: 'report.archive',
} as const satisfies Record<Exclude<keyof ReportSettings, 'cutoffDays'>, string>;

/** Defaults as stored text (multi-line values use "\n"). */
export const DEFAULT_REPORT_SETTING_VALUES: Record<Exclude<keyof ReportSettings, 'cutoffDays'>, string> = {
  parentBody: 'UBND TỈNH HẢI DƯƠNG',
  issuingBody: 'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG',
  issuingAbbr: 'PTTH',
  numberPattern: '{n}/BC-{abbr}',
  place: 'Hải Dương',
  signerAuthority: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
  signerName: '',
  recipients: 'Sở Nội vụ tỉnh Hải Dương;\nBan Giám đốc Đài;',
  archive: 'VT, TKBT',
};

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) =>
      l
        .normalize('NFC')
        .trim()
        .replace(/^[-–•]\s*/, ''),
    )
    .filter((l) => l !== '');
}

/** Read report settings from the key → text map of the settings service; missing keys take defaults. */
export function reportSettingsFrom(values: Readonly<Record<string, string>>): ReportSettings {
  const get = (k: keyof typeof REPORT_SETTING_KEYS): string => (values[REPORT_SETTING_KEYS[k]] ?? DEFAULT_REPORT_SETTING_VALUES[k]).normalize('NFC');
  return {
    parentBody: get('parentBody').trim(),
    issuingBody: get('issuingBody').trim(),
    issuingAbbr: get('issuingAbbr').trim(),
    numberPattern: get('numberPattern').trim() || DEFAULT_REPORT_SETTING_VALUES.numberPattern,
    place: get('place').trim(),
    signerAuthority: lines(get('signerAuthority')),
    signerName: get('signerName').trim(),
    recipients: lines(get('recipients')),
    archive: get('archive').trim(),
    cutoffDays: Object.fromEntries(CUTOFF_KINDS.map((k) => [k, cutoffDay(values[`${CUTOFF_PREFIX}${k}`])])) as CutoffDays,
  };
}

/** The inverse of `reportSettingsFrom`, for saving a settings form. */
export function reportSettingValues(settings: ReportSettings): Record<string, string> {
  return {
    [REPORT_SETTING_KEYS.parentBody]: settings.parentBody,
    [REPORT_SETTING_KEYS.issuingBody]: settings.issuingBody,
    [REPORT_SETTING_KEYS.issuingAbbr]: settings.issuingAbbr,
    [REPORT_SETTING_KEYS.numberPattern]: settings.numberPattern,
    [REPORT_SETTING_KEYS.place]: settings.place,
    [REPORT_SETTING_KEYS.signerAuthority]: settings.signerAuthority.join('\n'),
    [REPORT_SETTING_KEYS.signerName]: settings.signerName,
    [REPORT_SETTING_KEYS.recipients]: settings.recipients.join('\n'),
    [REPORT_SETTING_KEYS.archive]: settings.archive,
    ...Object.fromEntries(CUTOFF_KINDS.map((k) => [`${CUTOFF_PREFIX}${k}`, settings.cutoffDays[k] === null ? '' : String(settings.cutoffDays[k])])),
  };
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = reportSettingsFrom({});
