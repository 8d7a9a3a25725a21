import type { TFunction } from 'i18next';
import type { ApiError } from '../api/client';
import { readViDate } from '../../../shared/domain/dates';

export type FieldErrors = Record<string, string>;

/** The field's name in a form for a contract path: `patch.title` → `title`, `topics.3` → `topics`. */
function formName(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? path;
}

/** The core's refusal, spread over the form's fields by the names the contract gave them. */
export function apiFieldErrors(error: ApiError | null | undefined, labelOf: (name: string) => string): FieldErrors {
  const out: FieldErrors = {};
  if (!error || !error.details) return out;
  const issues = error.details.issues ?? (error.details.field ? [{ field: error.details.field, message: error.message }] : []);
  for (const issue of issues) {
    const name = formName(issue.field);
    if (out[name]) continue;
    out[name] = worded(labelOf(name), issue.message);
  }
  return out;
}

/** "Tiêu đề không được để trống." rather than "Không được để trống." under a field someone must first find. */
function worded(label: string, message: string): string {
  if (/^Không được để trống\.?$/.test(message)) return `${label} không được để trống.`;
  const long = /^Quá dài \(tối đa (\d+) ký tự\)\.?$/.exec(message);
  if (long) return `${label} quá dài (tối đa ${long[1]} ký tự).`;
  return message.startsWith(`${label}:`) ? message : `${label}: ${message}`;
}

/** True when every one of the form's errors is shown beside a field (the general message would only repeat it). */
export function allShown(error: ApiError | null | undefined, shown: FieldErrors): boolean {
  return !!error && Object.keys(apiFieldErrors(error, () => '')).length > 0 && Object.keys(apiFieldErrors(error, () => '')).every((k) => k in shown);
}

export function requiredText(t: TFunction, label: string, value: string, max: number): string | null {
  if (value.trim() === '') return t('forms.required', { label });
  if (value.length > max) return t('forms.tooLong', { label, max });
  return null;
}

/**
 * A date typed as dd/MM/yyyy, whatever the browser's locale. A two-digit or short year is refused rather than
 * read as year 0020; a day the calendar does not have is named ("Ngày 31/02/2020 không có trong lịch.").
 */
export function checkViDate(t: TFunction, label: string, text: string): { iso: string } | { error: string } {
  const read = readViDate(text);
  if (read.ok) return { iso: read.iso };
  if (read.problem === 'format') return { error: t('forms.dateFormat', { label }) };
  if (read.problem === 'year') return { error: t('forms.yearRange', { label }) };
  return { error: t('forms.dateMissing', { date: read.shown }) };
}
