import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planIdOf, taskIdOf, agencyIdOf, normalisePlanNumber, taskCodeKey } from '../../../shared/domain/plan/ids';
import { sha256, toHex, utf8Bytes } from '../../../shared/domain/plan/sha256';
import { splitAgencies } from '../../../shared/domain/plan/agencies';

describe('pure SHA-256', () => {
  it('matches node:crypto on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(toHex(sha256(utf8Bytes(s)))).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
  it('matches the FIPS vector for "abc" and block-boundary lengths', () => {
    expect(toHex(sha256(utf8Bytes('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const n of [55, 56, 63, 64, 65, 119, 120]) {
      expect(toHex(sha256(utf8Bytes('a'.repeat(n))))).toBe(createHash('sha256').update('a'.repeat(n)).digest('hex'));
    }
  });
});

describe('deterministic ids', () => {
  const id = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2020);
  it('are RFC 9562 version-8 UUIDs', () => {
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
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
