import { useTranslation } from 'react-i18next';
import { Field } from '../../components/FieldError';
import { PeopleList } from './PeopleList';

/** The item's title with its error under it (the add and edit forms check it the same way: required, 300 at most). */
export function TitleField({ error, errorId, defaultValue }: { error: string | undefined; errorId: string; defaultValue?: string }) {
  const { t } = useTranslation();
  return (
    <Field label={t('schedule.field.title')} error={error} errorId={errorId}>
      <input
        name="title"
        defaultValue={defaultValue}
        autoComplete="off"
        maxLength={300}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
    </Field>
  );
}

/**
 * The time and length of an item, as planned (edit) or as it went (mark done, where the length's field is named
 * `durationMin`). Fragments, so each form places them in its own row.
 */
export function TimeDurationFields({ time, duration, durationName = 'duration' }: { time: string | null; duration: number | null; durationName?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('schedule.field.time')}
        <input type="time" name="time" defaultValue={time ?? ''} />
      </label>
      <label>
        {t('schedule.field.duration')}
        <input type="number" name={durationName} min={1} max={1440} defaultValue={duration ?? ''} />
      </label>
    </>
  );
}

/** Editor and producer, suggested from the organisation's people. */
export function PeopleFields({ editor, producer }: { editor?: string | null; producer?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="row">
        <label>
          {t('schedule.field.editor')}
          <input name="editor" defaultValue={editor ?? ''} autoComplete="off" maxLength={100} list="people-list" />
        </label>
        <label>
          {t('schedule.field.producer')}
          <input name="producer" defaultValue={producer ?? ''} autoComplete="off" maxLength={100} list="people-list" />
        </label>
      </div>
      <PeopleList />
    </>
  );
}
