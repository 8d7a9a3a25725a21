/** What `ltt item add` is given: a task of a plan (by default task 05 of the built-in 259/KH-UBND), a kind, an outlet, a day. */
export interface ItemAdd {
  plan?: string;
  task?: string;
  kind: string;
  outlet: string;
  date: string;
  time?: string;
  duration?: string;
  title: string;
}

/** The arguments of `ltt item add` (without `--db` or `--json`), in the order the command's help lists them. */
export function itemAddArgs(i: ItemAdd): string[] {
  return [
    'item',
    'add',
    '--plan',
    i.plan ?? '259/KH-UBND',
    '--task',
    i.task ?? '05',
    '--kind',
    i.kind,
    '--outlet',
    i.outlet,
    '--date',
    i.date,
    ...(i.time === undefined ? [] : ['--time', i.time]),
    ...(i.duration === undefined ? [] : ['--duration', i.duration]),
    '--title',
    i.title,
  ];
}
