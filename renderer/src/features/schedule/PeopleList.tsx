import { useApiQuery } from '../../api/hooks';

/** The organisation's people as suggestions for the editor and producer fields (`list="people-list"`). */
export function PeopleList() {
  const people = useApiQuery('items:people', {});
  return (
    <datalist id="people-list">
      {(people.data ?? []).map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
