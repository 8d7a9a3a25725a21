import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROTATION, rotationPolicyFromSettings, selectBackupsToKeep, weekKey, type RotatableBackup } from '../../../electron/core/safety/rotation';

// Bucket by UTC date in these tests so they do not depend on the machine's time zone.
const utcDay = (d: Date): string => d.toISOString().slice(0, 10);
const at = (iso: string, kind = 'auto'): RotatableBackup => ({ name: `b-${kind}-${iso}`, createdAt: new Date(iso), kind });

function daily(from: string, days: number): RotatableBackup[] {
  const start = new Date(`${from}T08:00:00.000Z`).getTime();
  return Array.from({ length: days }, (_, i) => at(new Date(start + i * 86_400_000).toISOString()));
}

describe('weekKey', () => {
  it('groups Monday..Sunday together', () => {
    expect(weekKey('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(weekKey('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekKey('2026-11-30')).toBe('2026-11-30');
    expect(weekKey('2026-01-01')).toBe('2025-12-29');
  });
});

describe('selectBackupsToKeep', () => {
  it('keeps 7 daily + 4 weekly + 12 monthly from a year of daily backups', () => {
    const backups = daily('2025-11-27', 365); // up to 2026-11-26
    const now = new Date('2026-11-26T12:00:00.000Z');
    const { keep, remove } = selectBackupsToKeep(backups, now, DEFAULT_ROTATION, utcDay);
    const days = keep.map((b) => utcDay(b.createdAt));
    // last 7 days
    for (let i = 0; i < 7; i += 1) expect(days).toContain(new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10));
    // 4 distinct weeks and 12 distinct months are represented
    expect(new Set(days.map(weekKey)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(days.map((d) => d.slice(0, 7))).size).toBe(12);
    expect(keep.length + remove.length).toBe(365);
    expect(keep.length).toBeLessThanOrEqual(7 + 4 + 12);
  });

  it('counts days that have a backup, so a month switched off still keeps the last 7', () => {
    const backups = [...daily('2026-09-01', 10)];
    const { keep } = selectBackupsToKeep(backups, new Date('2026-11-26T00:00:00Z'), DEFAULT_ROTATION, utcDay);
    expect(keep.map((b) => utcDay(b.createdAt)).filter((d) => d >= '2026-09-04')).toHaveLength(7);
  });

  it('keeps only the newest backup of a day', () => {
    const backups = [at('2026-11-26T01:00:00.000Z'), at('2026-11-26T09:00:00.000Z'), at('2026-11-25T09:00:00.000Z')];
    const policy = { daily: 7, weekly: 0, monthly: 0, safety: 0 };
    const { keep, remove } = selectBackupsToKeep(backups, new Date('2026-11-26T10:00:00Z'), policy, utcDay);
    expect(keep.map((b) => b.createdAt.toISOString())).toEqual(['2026-11-26T09:00:00.000Z', '2026-11-25T09:00:00.000Z']);
    expect(remove.map((b) => b.createdAt.toISOString())).toEqual(['2026-11-26T01:00:00.000Z']);
  });

  it('keeps manual, pre-restore and pre-migration backups by count', () => {
    const manual = Array.from({ length: 8 }, (_, i) => at(`2026-01-0${i + 1}T00:00:00.000Z`, 'manual'));
    const mig = [at('2026-02-01T00:00:00.000Z', 'pre-migration-v3'), at('2026-03-01T00:00:00.000Z', 'pre-migration-v4')];
    const { keep } = selectBackupsToKeep([...manual, ...mig], new Date('2026-11-26T00:00:00Z'), { daily: 1, weekly: 0, monthly: 0, safety: 5 }, utcDay);
    expect(keep.filter((b) => b.kind === 'manual')).toHaveLength(5);
    expect(keep.filter((b) => b.kind.startsWith('pre-migration'))).toHaveLength(2);
  });

  it('never deletes a backup dated in the future (clock moved back)', () => {
    const future = at('2030-01-01T00:00:00.000Z');
    const { keep } = selectBackupsToKeep([future, ...daily('2026-01-01', 30)], new Date('2026-11-26T00:00:00Z'), DEFAULT_ROTATION, utcDay);
    expect(keep).toContain(future);
  });

  const arbBackups = fc.array(
    fc.record({
      ms: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
      kind: fc.constantFrom('auto', 'auto', 'auto', 'manual', 'pre-restore', 'pre-migration-v2'),
    }),
    { maxLength: 120 },
  );
  const arbPolicy = fc.record({
    daily: fc.integer({ min: 1, max: 10 }),
    weekly: fc.integer({ min: 0, max: 6 }),
    monthly: fc.integer({ min: 0, max: 14 }),
    safety: fc.integer({ min: 0, max: 6 }),
  });

  it('property: partitions the input, keeps the newest, is bounded by the policy, is order-independent and idempotent', () => {
    fc.assert(
      fc.property(arbBackups, arbPolicy, (raw, policy) => {
        const backups = raw.map((r, i) => ({ name: `n${i}`, createdAt: new Date(r.ms), kind: r.kind }));
        const now = new Date(Date.UTC(2027, 0, 1));
        const a = selectBackupsToKeep(backups, now, policy, utcDay);
        expect(a.keep.length + a.remove.length).toBe(backups.length);
        expect(new Set([...a.keep, ...a.remove]).size).toBe(backups.length);
        if (backups.length > 0) {
          const newest = Math.max(...backups.map((b) => b.createdAt.getTime()));
          expect(a.keep.some((b) => b.createdAt.getTime() === newest)).toBe(true);
        }
        const counted = a.keep.filter((b) => b.kind === 'auto').length;
        expect(counted).toBeLessThanOrEqual(Math.max(1, policy.daily + policy.weekly + policy.monthly));
        const b = selectBackupsToKeep([...backups].reverse(), now, policy, utcDay);
        expect(b.keep.map((x) => x.name).sort()).toEqual(a.keep.map((x) => x.name).sort());
        // Running rotation again on what was kept removes nothing more.
        const again = selectBackupsToKeep(a.keep, now, policy, utcDay);
        expect(again.remove).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rotationPolicyFromSettings', () => {
  it('reads numbers and ignores nonsense', () => {
    expect(rotationPolicyFromSettings({ 'backup.keepDaily': '3', 'backup.keepWeekly': 'abc', 'backup.keepMonthly': '-1' })).toEqual({
      ...DEFAULT_ROTATION,
      daily: 3,
    });
    expect(rotationPolicyFromSettings({ 'backup.keepDaily': '0' }).daily).toBe(1);
  });
});
