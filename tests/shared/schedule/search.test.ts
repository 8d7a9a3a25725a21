import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterItems, isEmptyFilter, matchesFilter, matchesText } from '../../../shared/domain/schedule/search';
import { foldVi } from '../../../shared/domain/fold';
import { sampleItem as item } from './sample-item';

describe('accent-insensitive search', () => {
  it('"cai cach" finds "cải cách"; đ folds to d', () => {
    expect(matchesText('Cải cách hành chính', 'cai cach')).toBe(true);
    expect(matchesText('Đường dây nóng', 'duong day')).toBe(true);
    expect(matchesText('Đường dây nóng', 'DUONG')).toBe(true);
    expect(matchesText('Cải cách hành chính', 'cai tao')).toBe(false);
  });

  it('NFC and NFD spellings match each other', () => {
    const nfd = 'Cải cách'.normalize('NFD');
    expect(matchesText(nfd, 'cải cách'.normalize('NFC'))).toBe(true);
    expect(matchesText('Cải cách'.normalize('NFC'), nfd)).toBe(true);
    expect(foldVi(nfd)).toBe(foldVi('Cải cách'.normalize('NFC')));
  });

  it('folding is idempotent and ignores normalisation form (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđĐAĂÂ ạảãáàặẳẵắằậẩẫấầệểễếềịỉĩíìộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ x'.split('')) }), (s) => {
        const f = foldVi(s);
        return foldVi(f) === f && foldVi(s.normalize('NFD')) === f && foldVi(s.normalize('NFC')) === f && /^[a-z x]*$/.test(f);
      }),
    );
  });

  it('text search is a substring test on the folded text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'cảiáchđườngdâyó '.split('')) }), fc.nat(), fc.nat(), (s, a, b) => {
        const start = Math.min(a, b) % (s.length + 1);
        const end = Math.max(a, b) % (s.length + 1);
        const part = s.slice(Math.min(start, end), Math.max(start, end));
        return matchesText(s, part);
      }),
    );
  });
});

describe('filters', () => {
  const items = [
    item({ id: 'a' }),
    item({
      id: 'b',
      outlet: 'print',
      kind: 'article',
      title: 'Một cửa liên thông',
      taskIds: ['t07'],
      editor: 'Lê Bình',
      producer: null,
      plannedDate: '2020-06-10',
    }),
    item({ id: 'c', status: 'done', plannedDate: '2020-07-01', taskIds: ['t05', 't07'] }),
  ];
  const ids = (f: Parameters<typeof filterItems>[1]) => filterItems(items, f).map((i) => i.id);

  it('each criterion filters, absent ones do not', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(isEmptyFilter({ outlets: [], text: '  ' })).toBe(true);
    expect(ids({ outlets: ['print'] })).toEqual(['b']);
    expect(ids({ kinds: ['segment'] })).toEqual(['a', 'c']);
    expect(ids({ statuses: ['done'] })).toEqual(['c']);
    expect(ids({ taskIds: ['t07'] })).toEqual(['b', 'c']);
    expect(ids({ person: 'hoa' })).toEqual(['a', 'c']);
    expect(ids({ person: 'le binh' })).toEqual(['b']);
    expect(ids({ from: '2020-06-01', to: '2020-06-30' })).toEqual(['b']);
    expect(ids({ text: 'mot cua' })).toEqual(['a', 'b', 'c']); // topic "một cửa" on a and c, title on b
    expect(ids({ text: 'lien thong', outlets: ['tv'] })).toEqual([]);
  });

  it('combined filters are the intersection of single ones (property)', () => {
    const f1 = fc.record({ outlets: fc.subarray(['tv', 'print'] as const) }, { requiredKeys: [] });
    fc.assert(
      fc.property(f1, fc.constantFrom('2020-05-01', '2020-06-15'), (f, from) => {
        const both = filterItems(items, { outlets: f.outlets ? [...f.outlets] : undefined, from });
        const a = new Set(filterItems(items, { outlets: f.outlets ? [...f.outlets] : undefined }).map((i) => i.id));
        const b = new Set(filterItems(items, { from }).map((i) => i.id));
        return both.every((i) => a.has(i.id) && b.has(i.id)) && [...a].filter((x) => b.has(x)).length === both.length;
      }),
    );
    expect(matchesFilter(items[0]!, { statuses: ['planned'], person: 'an' })).toBe(true);
  });
});

describe('items with no plan task (Theo dõi → "Xem danh sách")', () => {
  it('noTask keeps only items that serve no plan task, and is a criterion of its own', () => {
    const linked = item({ id: 'a' });
    const loose = item({ id: 'b', taskIds: [] });
    expect(filterItems([linked, loose], { noTask: true }).map((i) => i.id)).toEqual(['b']);
    expect(filterItems([linked, loose], { noTask: false }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(isEmptyFilter({ noTask: true })).toBe(false);
    expect(isEmptyFilter({ noTask: false })).toBe(true);
  });
});
