import { useEffect, useRef, useState } from 'react';
import { formatViDate, parseViDate } from '../../../shared/domain/dates';
import { Field } from './FieldError';

interface Props {
  label: string;
  name: string;
  /** yyyy-MM-dd, or '' when empty. */
  value: string;
  /** Called with the text as typed; the form checks it on submit (checkViDate). */
  onText: (text: string) => void;
  error?: string | null;
  required?: boolean;
}

/** A date field that reads dd/MM/yyyy in every locale (the native date field may show MM/dd and make year 0020). */
export function DateField({ label, name, value, onText, error, required }: Props) {
  const [text, setText] = useState(value ? formatViDate(value) : '');
  // The date the typed text stands for: a value coming back from the form for the same date leaves the text as typed.
  const typed = useRef<string | null>(value || null);
  useEffect(() => {
    if (value !== typed.current) {
      typed.current = value || null;
      setText(value ? formatViDate(value) : '');
    }
  }, [value]);
  const errorId = `${name}-error`;
  return (
    <Field label={label} error={error} errorId={errorId}>
      <input
        type="text"
        name={name}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        maxLength={10}
        required={required}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          typed.current = /\d{4}\s*$/.test(e.target.value) ? parseViDate(e.target.value) : null;
          onText(e.target.value);
        }}
      />
    </Field>
  );
}
