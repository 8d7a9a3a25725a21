import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../shared/domain/dates';

describe('localIsoDate', () => {
  it("is the day on this computer's calendar, at either end of the day", () => {
    expect(localIsoDate(new Date(2020, 0, 5, 0, 1))).toBe('2020-01-05');
    expect(localIsoDate(new Date(2020, 0, 5, 23, 59))).toBe('2020-01-05');
    expect(localIsoDate(new Date(2020, 11, 31, 6, 30))).toBe('2020-12-31');
    expect(localIsoDate(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });
});
