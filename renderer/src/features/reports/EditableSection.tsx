import { useEffect, useRef } from 'react';

interface Props {
  heading: string;
  value: string;
  name: string;
  onChange: (text: string) => void;
  onCommit: () => void;
}

/**
 * An editor's section, edited in place on the paper: a borderless textarea set in the document's
 * type that grows with its text, so the preview still reads as the printed page.
 */
export function EditableSection({ heading, value, name, onChange, onCommit }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  return (
    <div className="rp-section" data-section={name}>
      <p className="rp-heading">{heading}</p>
      <textarea
        ref={ref}
        className="rp-editable"
        name={name}
        aria-label={heading}
        value={value}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onCommit}
      />
    </div>
  );
}
