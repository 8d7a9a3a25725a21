import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitesEachTest } from './helpers/sites-each-test';

// sync.md case 4: fields of one group edited on two sides → the merged row never mixes halves.
describe('case 4: a field group travels whole', () => {
  const offices = sitesEachTest();

  it('date, time and duration come from one side only, on both sides', async () => {
    const {
      root,
      sites: { a, b },
    } = offices({ a: 'org-s', b: 'org-s' });
    a.createItem('r1', { slot: ['2026-05-04', '19:30', 30] });
    await b.import(a.exportTo(path.join(root, 'x1')).files);

    a.setSlot('r1', ['2026-05-11', '19:30', 30]); // A moved the date
    b.setSlot('r1', ['2026-05-04', '06:00', 45]); // B moved the time and length
    const fa = a.exportTo(path.join(root, 'x2')).files;
    const fb = b.exportTo(path.join(root, 'x3')).files;
    await a.import(fb);
    await b.import(fa);
    for (const s of [a, b]) {
      expect(s.item('r1')).toMatchObject({ planned_date: '2026-05-04', planned_time: '06:00', duration_minutes: 45 });
    }
    expect(a.openConflicts()).toHaveLength(1);
    expect(a.dump()).toBe(b.dump());
  });

  it('edits of different groups on two sides both survive', async () => {
    const {
      root,
      sites: { a, b },
    } = offices({ a: 'org-s', b: 'org-s' });
    a.createItem('r1', { title: 'Cũ', slot: ['2026-05-04', '19:30', 30] });
    await b.import(a.exportTo(path.join(root, 'x1')).files);
    a.setTitle('r1', 'Mới');
    b.setSlot('r1', ['2026-05-05', '20:00', 15]);
    await a.import(b.exportTo(path.join(root, 'x2')).files);
    await b.import(a.exportTo(path.join(root, 'x3')).files);
    for (const s of [a, b]) expect(s.item('r1')).toMatchObject({ title: 'Mới', planned_date: '2026-05-05', planned_time: '20:00', duration_minutes: 15 });
    expect(a.openConflicts()).toEqual([]);
  });
});
