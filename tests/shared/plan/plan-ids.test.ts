import { describe, expect, it } from 'vitest';
import { planIdOf, taskIdOf, agencyIdOf, normalisePlanNumber, taskCodeKey } from '../../../shared/domain/plan/ids';
import { AgencyIndex, splitAgencies } from '../../../shared/domain/plan/agencies';

describe('deterministic ids', () => {
  const id = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2020);
  it('are name-based (version 5) UUIDs', () => {
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('ignore how the natural key was typed', () => {
    expect(planIdOf('UBND TỈNH HẢI DƯƠNG'.normalize('NFD'), 'Số: 259 /kh-ubnd', 2020)).toBe(id);
    expect(planIdOf('  UBND tinh Hai Duong ', '259 / KH-UBND', 2020)).toBe(id);
    expect(normalisePlanNumber('Số: 259 /KH-UBND')).toBe('259/KH-UBND');
    expect(taskIdOf(id, '05')).toBe(taskIdOf(id, '5'));
    expect(taskIdOf(id, ' 5. ')).toBe(taskIdOf(id, '05'));
    expect(taskCodeKey('III.1.2-a')).toBe('III.1.2-A');
    expect(agencyIdOf('Sở Nội vụ')).toBe(agencyIdOf('SỞ NỘI VỤ'));
  });
  it('differ when the key differs', () => {
    expect(planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2021)).not.toBe(id);
    expect(planIdOf('UBND tỉnh Hải Dương', '260/KH-UBND', 2020)).not.toBe(id);
    expect(planIdOf('UBND tỉnh Bắc Ninh', '259/KH-UBND', 2020)).not.toBe(id);
    expect(taskIdOf(id, '05')).not.toBe(taskIdOf(id, '06'));
    expect(taskIdOf(id, '05')).not.toBe(taskIdOf(planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2021), '05'));
  });
});

describe('splitAgencies', () => {
  it('splits on line breaks, ";" and ",", keeping commas inside names (issue 17)', () => {
    expect(splitAgencies('Sở Khoa học và Công nghệ\nSở Công Thương')).toEqual(['Sở Khoa học và Công nghệ', 'Sở Công Thương']);
    expect(splitAgencies('- Sở Nội vụ;\n- Sở Tư pháp')).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect(splitAgencies('Hiệp hội Doanh nghiệp tỉnh, Báo Bắc Ninh')).toEqual(['Hiệp hội Doanh nghiệp tỉnh', 'Báo Bắc Ninh']);
    expect(splitAgencies('UBND các phường, xã')).toEqual(['UBND các phường, xã']);
    expect(splitAgencies('UBND các huyện, Thị xã, Thành phố')).toEqual(['UBND các huyện, Thị xã, Thành phố']);
    // A name broken over two lines by a narrow column ("… và" at the line's end) is joined again; its inner comma
    // splits it unless the directory knows the whole name (the import passes the shipped directory).
    expect(splitAgencies('Sở Văn hóa, Thể thao và\nDu lịch')).toEqual(['Sở Văn hóa', 'Thể thao và Du lịch']);
    const known = (n: string) => n === 'Sở Văn hóa, Thể thao và Du lịch';
    expect(splitAgencies('Sở Văn hóa, Thể thao và\nDu lịch, Sở Nội vụ', known)).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ']);
    expect(splitAgencies('-')).toEqual([]);
  });

  it('splits on ";" only, keeping commas inside names', () => {
    expect(splitAgencies('Các Sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã')).toEqual(['Các Sở, ban, ngành tỉnh', 'UBND cấp huyện, cấp xã']);
    expect(splitAgencies('Sở Nội vụ;Báo Hải Dương;;  ')).toEqual(['Sở Nội vụ', 'Báo Hải Dương']);
    expect(splitAgencies('')).toEqual([]);
  });
});

describe('AgencyIndex matching (issue 17)', () => {
  it('matches names ignoring accents, case, spacing and punctuation, and through aliases', () => {
    const index = new AgencyIndex([
      { id: 'a', name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN'] },
      { id: 'b', name: 'UBND các phường, xã', aliases: ['UBND các xã, phường'] },
    ]);
    for (const n of ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'So Khoa hoc va Cong nghe', 'Sở KH & CN', 'Sở  KH&CN.']) expect(index.resolve(n)?.id, n).toBe('a');
    for (const n of ['UBND các phường xã', 'UBND các phường,xã', 'UBND các xã, phường', 'ubnd cac xa phuong']) expect(index.resolve(n)?.id, n).toBe('b');
    expect(index.resolve('UBND các xã')).toBeUndefined();
  });
});
