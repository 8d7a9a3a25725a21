import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterItems, isEmptyFilter, matchesFilter } from '../../../shared/domain/schedule/search';
import { filterSchema } from '../../../shared/contract/items';
import type { Item } from '../../../shared/domain/types';
import { sampleItem } from './sample-item';

/** An item with only the fields the organisation filter needs (no time, people or topics to match by text). */
const item = (over: Partial<Item>): Item =>
  sampleItem({ orgId: 'org-station', topics: [], plannedTime: null, durationMin: null, editor: null, producer: null, ...over });

const station = item({ id: 'a', orgId: 'org-station' });
const paper = item({ id: 'b', orgId: 'org-paper', outlet: 'print', kind: 'article', title: 'Bài viết một cửa' });
const paper2 = item({ id: 'c', orgId: 'org-paper', outlet: 'online', plannedDate: '2020-06-01' });

describe('the organisation criterion of the schedule filter', () => {
  it('keeps only the chosen organisations’ items; absent or empty does not filter', () => {
    expect(matchesFilter(station, { orgIds: ['org-station'] })).toBe(true);
    expect(matchesFilter(paper, { orgIds: ['org-station'] })).toBe(false);
    expect(matchesFilter(paper, { orgIds: ['org-station', 'org-paper'] })).toBe(true);
    expect(matchesFilter(paper, { orgIds: [] })).toBe(true);
    expect(matchesFilter(paper, {})).toBe(true);
    expect(filterItems([station, paper, paper2], { orgIds: ['org-unknown'] })).toEqual([]);
  });

  it('combines with the other criteria (AND)', () => {
    const ids = (f: Parameters<typeof filterItems>[1]) => filterItems([station, paper, paper2], f).map((i) => i.id);
    expect(ids({ orgIds: ['org-paper'] })).toEqual(['b', 'c']);
    expect(ids({ orgIds: ['org-paper'], outlets: ['print'] })).toEqual(['b']);
    expect(ids({ orgIds: ['org-paper'], to: '2020-05-31' })).toEqual(['b']);
    expect(ids({ orgIds: ['org-station'], text: 'mot cua' })).toEqual([]);
  });

  it('counts as a criterion for isEmptyFilter', () => {
    expect(isEmptyFilter({ orgIds: ['org-paper'] })).toBe(false);
    expect(isEmptyFilter({ orgIds: [] })).toBe(true);
  });

  it('filtering by organisation is the same as keeping the items whose orgId is listed (property)', () => {
    const org = fc.constantFrom('org-a', 'org-b', 'org-c');
    fc.assert(
      fc.property(fc.array(org, { maxLength: 30 }), fc.uniqueArray(org, { maxLength: 3 }), (orgs, chosen) => {
        const items = orgs.map((o, n) => item({ id: `i${n}`, orgId: o }));
        const kept = filterItems(items, { orgIds: chosen }).map((i) => i.id);
        const expected = chosen.length === 0 ? items.map((i) => i.id) : items.filter((i) => (chosen as string[]).includes(i.orgId)).map((i) => i.id);
        expect(kept).toEqual(expected);
      }),
    );
  });

  it('the contract takes organisation ids and refuses anything that is not an id, in Vietnamese', () => {
    expect(filterSchema.parse({ orgIds: ['0f9c2d7e-1b2a-5c3d-8e4f-a1b2c3d4e5f6'] })).toEqual({ orgIds: ['0f9c2d7e-1b2a-5c3d-8e4f-a1b2c3d4e5f6'] });
    const bad = filterSchema.safeParse({ orgIds: ['Báo Hải Dương'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Mã chứa ký tự không hợp lệ.');
    expect(bad.error?.issues[0]?.path).toEqual(['orgIds', 0]);
  });
});
