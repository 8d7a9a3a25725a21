import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { requiredText, type FieldErrors } from '../../components/form-errors';

/** A submitted item form, kept from the browser's own submit: its data and a reader of one field's trimmed text. */
export function readSubmit(e: FormEvent<HTMLFormElement>): { f: FormData; s: (name: string) => string } {
  e.preventDefault();
  const f = new FormData(e.currentTarget);
  return { f, s: (name) => String(f.get(name) ?? '').trim() };
}

/** The title's error, checked as the core will (required, 300 characters at most), as the start of a form's errors. */
export function titleErrors(t: TFunction, f: FormData): FieldErrors {
  const error = requiredText(t, t('schedule.field.title'), String(f.get('title') ?? ''), 300);
  return error ? { title: error } : {};
}
