import { addDays, dayNumber, isoDate } from '../../../shared/domain/dates';

/** How many backups to keep: the newest of each of the last N days / weeks / months that have one. */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Backups taken by hand, before a migration or before a restore: the newest N of each kind. */
  safety: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12, safety: 5 };

export interface RotatableBackup {
  name: string;
  /** When the backup was taken (from its file name). */
  createdAt: Date;
  /** 'auto' | 'manual' | 'pre-restore' | 'pre-migration-vN'. */
  kind: string;
}

export interface RotationResult<B extends RotatableBackup> {
  keep: B[];
  remove: B[];
}

/** The computer's own calendar date of an instant (backups are bucketed by the user's days, not UTC's). */
export function localDate(d: Date): string {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Monday of the week (Monday-first weeks) that holds `date`. 1970-01-01 was a Thursday. */
export function weekKey(date: string): string {
  const n = dayNumber(date);
  const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday
  return addDays(date, -weekday);
}

/** Kinds kept by count rather than by calendar: a person asked for them, or they guard a risky step. */
function isCountedKind(kind: string): boolean {
  return kind === 'manual' || kind === 'pre-restore' || kind.startsWith('pre-migration');
}

const SETTING_KEYS: Record<keyof RotationPolicy, string> = {
  daily: 'backup.keepDaily',
  weekly: 'backup.keepWeekly',
  monthly: 'backup.keepMonthly',
  safety: 'backup.keepSafety',
};

/** The policy from settings (`backup.keepDaily` …); a missing or nonsensical value keeps the default. */
export function rotationPolicyFromSettings(values: Readonly<Record<string, string | undefined>>): RotationPolicy {
  const policy = { ...DEFAULT_ROTATION };
  for (const key of Object.keys(SETTING_KEYS) as Array<keyof RotationPolicy>) {
    const raw = values[SETTING_KEYS[key]];
    if (raw === undefined || !/^\d{1,4}$/.test(raw.trim())) continue;
    policy[key] = Math.max(key === 'daily' ? 1 : 0, Number(raw.trim()));
  }
  return policy;
}

/**
 * Grandfather-father-son selection, as restic's `forget --keep-daily/weekly/monthly`: walking from
 * the newest backup back, keep the newest one of each of the first `daily` distinct days, `weekly`
 * distinct weeks and `monthly` distinct months. Counting days that *have* a backup (not calendar
 * days) means a computer that was switched off for a month still keeps its last week of backups.
 * The newest backup is always kept, and so are backups dated after `now` (a clock that jumped back
 * must never make us delete the only good copy). Pure: `now` and `dayOf` are arguments.
 */
export function selectBackupsToKeep<B extends RotatableBackup>(
  backups: readonly B[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
  dayOf: (d: Date) => string = localDate,
): RotationResult<B> {
  const sorted = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set<B>();
  const buckets = [
    { limit: policy.daily, key: (d: string) => d, seen: new Set<string>() },
    { limit: policy.weekly, key: weekKey, seen: new Set<string>() },
    { limit: policy.monthly, key: (d: string) => d.slice(0, 7), seen: new Set<string>() },
  ];
  const safetySeen = new Map<string, number>();
  for (const b of sorted) {
    if (b.createdAt.getTime() > now.getTime()) {
      keep.add(b);
      continue;
    }
    if (isCountedKind(b.kind)) {
      const kind = b.kind.startsWith('pre-migration') ? 'pre-migration' : b.kind;
      const count = safetySeen.get(kind) ?? 0;
      if (count < policy.safety) keep.add(b);
      safetySeen.set(kind, count + 1);
      continue;
    }
    const day = dayOf(b.createdAt);
    for (const bucket of buckets) {
      const key = bucket.key(day);
      if (bucket.seen.has(key) || bucket.seen.size >= bucket.limit) continue;
      bucket.seen.add(key);
      keep.add(b);
    }
  }
  const newest = sorted[0];
  if (newest) keep.add(newest);
  return { keep: sorted.filter((b) => keep.has(b)), remove: sorted.filter((b) => !keep.has(b)) };
}
