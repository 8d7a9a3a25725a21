/**
 * How fresh an organisation's data is on this computer, from the sync status of its trusted installs. The core
 * applies it to the Home Affairs view (sync:overview) with its own clock; pure (takes `now`), so the thresholds
 * are tested without one.
 */

/** A week without a file: the weekly plan meeting has likely moved on without us. */
export const STALE_AFTER_DAYS = 7;

export interface OrgFreshnessInput {
  own: boolean;
  /** Latest change of the organisation held here, received directly or passed on (ISO UTC). */
  lastChangeAt: string | null;
  /** When this computer last imported a file from the organisation (ISO UTC). */
  lastFileAt: string | null;
}

export type Freshness =
  | { kind: 'own' }
  | { kind: 'fresh'; lastChangeAt: string | null; lastFileAt: string }
  | { kind: 'stale'; lastChangeAt: string | null; lastFileAt: string; days: number }
  /** No file directly from them; their data may still have come through another install. */
  | { kind: 'never'; lastChangeAt: string | null };

const DAY_MS = 24 * 60 * 60 * 1000;

export function freshnessOf(org: OrgFreshnessInput, now: Date): Freshness {
  if (org.own) return { kind: 'own' };
  const fileMs = org.lastFileAt ? Date.parse(org.lastFileAt) : Number.NaN;
  if (!org.lastFileAt || Number.isNaN(fileMs)) return { kind: 'never', lastChangeAt: org.lastChangeAt };
  const days = Math.floor((now.getTime() - fileMs) / DAY_MS);
  return days >= STALE_AFTER_DAYS
    ? { kind: 'stale', lastChangeAt: org.lastChangeAt, lastFileAt: org.lastFileAt, days }
    : { kind: 'fresh', lastChangeAt: org.lastChangeAt, lastFileAt: org.lastFileAt };
}
