import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { tempCore } from './helpers/temp-core';

/** "Việc của tôi" and the people pickers match names as people type them: no accents, any case. */
describe('people by name', () => {
  const t = tempCore({ setup: true });
  afterAll(() => t.cleanup());

  it('finds the items of "Trần Thị Bình" typed as "trần thị bình" or "TRAN THI BINH", and knows her once', async () => {
    const me = await t.core.call('users:add', { name: 'Trần Thị Bình', role: 'producer' });
    const today = t.core.ctx.today();
    const add = (title: string, plannedDate: string, producer: string) =>
      t.core.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate, title, producer });
    await add('Tin hôm nay', today, 'trần thị bình');
    await add('Tin quá hạn', addDays(today, -9), 'TRAN THI BINH');
    await add('Của người khác', today, 'Trần Thị Hoa');
    await add('Của người ngoài máy này', today, 'Bùi Văn Cường');
    await t.core.call('users:switch', { userId: me.id });
    const mine = await t.core.call('items:mine', {});
    expect(mine.thisWeek.map((i) => i.title)).toEqual(['Tin hôm nay']);
    expect(mine.overdue.map((i) => i.title)).toEqual(['Tin quá hạn']);
    const people = await t.core.call('items:people', {});
    expect(people.filter((n) => n.toLowerCase().startsWith('tr'))).toHaveLength(2);
    expect(people).toContain('Nguyễn Văn An');
    // This computer's users come first (in Vietnamese order), in their own spelling; then the names written on items.
    expect(people).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Bùi Văn Cường', 'Trần Thị Hoa']);
  });
});
