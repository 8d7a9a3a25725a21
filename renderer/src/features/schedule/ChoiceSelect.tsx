import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, OUTLETS, type ItemKind, type Outlet } from '../../../../shared/domain/types';
import { useLabels } from './useLabels';

interface SelectProps {
  /** The form field's name (a form read through FormData); a filter leaves it out. */
  name?: string;
  /** Controlled (a filter) … */
  value?: string;
  /** … or uncontrolled (a form). */
  defaultValue?: string;
  onChange?: (value: string) => void;
  /** A first option of no choice at all (value ''): "Tất cả" in a filter. */
  allLabel?: string;
}

/** A labelled <select> over a fixed list of values, each shown in the interface language. */
export function ChoiceSelect<T extends string>({
  label,
  choices,
  labelOf,
  name,
  value,
  defaultValue,
  onChange,
  allLabel,
}: SelectProps & { label: string; choices: readonly T[]; labelOf: (v: T) => string }) {
  return (
    <label>
      {label}
      <select name={name} value={value} defaultValue={defaultValue} onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}>
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {choices.map((c) => (
          <option key={c} value={c}>
            {labelOf(c)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The item's kind (Chuyên mục, Tin, …): one picker for the add and edit forms and the agenda filter. */
export function KindSelect(props: SelectProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return <ChoiceSelect<ItemKind> label={t('schedule.field.kind')} choices={ITEM_KINDS} labelOf={labels.kind} {...props} />;
}

/** The item's outlet (Truyền hình, Báo in, …), likewise. */
export function OutletSelect(props: SelectProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return <ChoiceSelect<Outlet> label={t('schedule.field.outlet')} choices={OUTLETS} labelOf={labels.outlet} {...props} />;
}
