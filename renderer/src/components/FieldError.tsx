import type { ReactNode } from 'react';

/** What is wrong with one field, right under it, in words (linked to the field by aria-describedby). */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <small id={id} className="field-error" role="alert">
      {message}
    </small>
  );
}

/**
 * A labelled control with its error under it. The error sits outside the <label>, so the field's name stays its
 * label ("Tiêu đề") and the error is its description.
 */
export function Field({ label, error, errorId, children }: { label: string; error?: string | null; errorId: string; children: ReactNode }) {
  return (
    <div className="form-field">
      <label>
        {label}
        {children}
      </label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
