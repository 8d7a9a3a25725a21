import { describe, expect, it } from 'vitest';
import { planIdOf, taskIdOf, agencyIdOf, normalisePlanNumber, taskCodeKey } from '../../../shared/domain/plan/ids';
import { splitAgencies } from '../../../shared/domain/plan/agencies';

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
  it('splits on ";" only, keeping commas inside names', () => {
    expect(splitAgencies('Các Sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã')).toEqual(['Các Sở, ban, ngành tỉnh', 'UBND cấp huyện, cấp xã']);
    expect(splitAgencies('Sở Nội vụ;Báo Hải Dương;;  ')).toEqual(['Sở Nội vụ', 'Báo Hải Dương']);
    expect(splitAgencies('')).toEqual([]);
  });
});
