import { isValidIsoDate, parseViDate } from '../dates';
import { DEFAULT_FPS } from './limits';

/**
 * Dates, clock times and durations as playout systems and newspaper CMSs write them. Every parser returns
 * null for what it cannot read for certain (the caller names the line); nothing is guessed.
 */

/** yyyy-MM-dd or yyyy/MM/dd (what playout systems export), else the Vietnamese day-first date (dates.ts's one reader). */
export function parseLogDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (!m) return parseViDate(t);
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** "2026-10-05 19:00:00" or "05/10/2026 19:00" in one cell: the date and the rest. */
export function splitDateTime(text: string): { date: string | null; rest: string | null } {
  const m = /^\s*(\S+)(?:[ T]+(\S+))?\s*$/.exec(text);
  if (!m) return { date: null, rest: null };
  return { date: parseLogDate(m[1]!), rest: m[2] ?? null };
}

/** Seconds since midnight of `HH:mm`, `HH:mm:ss`, `HH:mm:ss:ff` (frames), `HH:mm:ss.mmm` or `19h30`. */
export function parseClock(text: string): number | null {
  const t = text.trim().toLowerCase();
  const m = /^(\d{1,2})(?::|h)(\d{2})?(?::(\d{2})(?:[:.;](\d{1,3}))?)?$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const s = Number(m[3] ?? '0');
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 3600 + min * 60 + s;
}

export function clockToLocalTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export type DurationUnit = 'frames' | 'seconds' | 'minutes';

/**
 * A duration in seconds: `mm:ss`, `HH:mm:ss`, `HH:mm:ss:ff` (frames dropped), or a bare integer in `unit`
 * (frames at `fps`, seconds or minutes). Frames are rounded down: a clip of 29:24 is not half a second longer.
 */
export function parseDuration(text: string, unit: DurationUnit, fps = DEFAULT_FPS): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    if (unit === 'frames') return Math.floor(n / fps);
    return unit === 'minutes' ? n * 60 : n;
  }
  const parts = t.split(/[:.;]/);
  if (!parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const n = parts.map(Number);
  if (n.length === 2) return n[1]! > 59 ? null : n[0]! * 60 + n[1]!;
  if (n.length === 3 || n.length === 4) return n[1]! > 59 || n[2]! > 59 ? null : n[0]! * 3600 + n[1]! * 60 + n[2]!;
  return null;
}

/** Minutes for an item's done record (1 at least, as the contract wants), or null. */
export function durationMinutes(seconds: number | null): number | null {
  if (seconds === null || seconds <= 0) return null;
  return Math.min(1440, Math.max(1, Math.round(seconds / 60)));
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const VIETNAM_OFFSET_MIN = 7 * 60;

/** UTC milliseconds of a wall-clock time written with a UTC offset in minutes. */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): number {
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000;
}

function offsetOf(zone: string | undefined): number | null {
  if (!zone || zone === 'Z' || /^(UT|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * A feed's instant (RSS 2.0 RFC 822 `Tue, 06 Oct 2026 08:00:00 +0700`, Atom/sitemap ISO 8601
 * `2026-10-06T01:00:00Z`, or a plain date) as the Vietnam date and time it happened. A time without a zone is
 * taken as Vietnam time (that is how the offices' own sites write it).
 */
export function feedInstantToVietnam(text: string): { date: string; time: string | null } | null {
  const t = text.trim();
  const plain = parseLogDate(t);
  if (plain) return { date: plain, time: null };
  let ms: number | null = null;
  let m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(\S+)?$/.exec(t);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    const off = offsetOf(m[7]);
    if (mo && off !== null) ms = utcMs(Number(m[3]), mo, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'), off);
  } else {
    m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
    if (m) {
      const off = m[7] === undefined ? VIETNAM_OFFSET_MIN : offsetOf(m[7]);
      if (off !== null) ms = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'), off);
    }
  }
  if (ms === null || Number.isNaN(ms)) return null;
  const local = new Date(ms + VIETNAM_OFFSET_MIN * 60_000).toISOString();
  const date = local.slice(0, 10);
  return isValidIsoDate(date) ? { date, time: local.slice(11, 16) } : null;
}
