import { useEffect, useState } from 'react';
import { formatViDate, parseViDate } from '../../../../shared/domain/dates';

interface Props {
  label: string;
  name: string;
  value: string;
  onChange: (iso: string) => void;
  invalidMessage: string;
}

/**
 * A date typed as dd/MM/yyyy whatever the browser's locale (the native date field follows the
 * operating system and may show MM/dd). Applied on Enter or when leaving the field.
 */
export function DateInput({ label, name, value, onChange, invalidMessage }: Props) {
  const [text, setText] = useState(formatViDate(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(formatViDate(value));
    setInvalid(false);
  }, [value]);
  const commit = () => {
    const iso = parseViDate(text, { shortYear: true });
    if (!iso) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (iso !== value) onChange(iso);
  };
  const errorId = `${name}-error`;
  return (
    <label className="cm-field">
      <span>{label}</span>
      <input
        type="text"
        name={name}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        size={11}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {invalid ? (
        <small id={errorId} className="field-error">
          {invalidMessage}
        </small>
      ) : null}
    </label>
  );
}
