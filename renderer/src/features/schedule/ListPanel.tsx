import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RoleNote } from '../../components/RoleNote';
import { useToast } from '../../components/Toast';

interface ListPanelProps<T, I> {
  /** The section's name and its heading (they may differ: "Ngày lễ" and "Ngày lễ, ngày nghỉ"). */
  label: string;
  heading: string;
  /** Between the heading and the list (the holidays' year switch). */
  toolbar?: ReactNode;
  items: readonly T[] | undefined;
  /** Why the list could not be read. */
  error: ApiError | null;
  keyOf: (item: T) => string;
  show: (item: T) => ReactNode;
  /** Whether this user may change the list; else the list is shown with a note why it cannot be changed. */
  editable: boolean;
  /** The list's one save channel, taking what to add and what to remove. */
  save: { mutate: (input: I, options: { onSuccess: () => void }) => void; error: ApiError | null };
  removeInput: (item: T) => I;
  removeLabel: string;
  removedToast: string;
  addInput: (form: FormData) => I;
  addLabel: string;
  addedToast: string;
  /** The add form's fields. */
  children: ReactNode;
}

/** A settings list people add to and remove from (holidays, topics): each row with its remove button, the add form under it. */
export function ListPanel<T, I>(props: ListPanelProps<T, I>) {
  const { save, editable } = props;
  const toast = useToast();
  return (
    <section className="card" aria-label={props.label}>
      <h2>{props.heading}</h2>
      {props.toolbar}
      <ErrorMessage error={props.error ?? save.error} />
      {editable ? null : <RoleNote />}
      <ul>
        {(props.items ?? []).map((item) => (
          <li key={props.keyOf(item)}>
            {props.show(item)}{' '}
            {editable ? (
              <button className="danger" onClick={() => save.mutate(props.removeInput(item), { onSuccess: () => toast.show(props.removedToast) })}>
                {props.removeLabel}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            save.mutate(props.addInput(new FormData(form)), {
              onSuccess: () => {
                toast.show(props.addedToast);
                form.reset();
              },
            });
          }}
        >
          {props.children}
          <button type="submit">{props.addLabel}</button>
        </form>
      ) : null}
    </section>
  );
}
