/**
 * Hybrid logical clock: 48-bit wall-clock milliseconds, 16-bit counter, install id.
 * Encoded as a fixed-width string so that plain string comparison gives the total
 * order (ms, counter, install) that last-write-wins relies on.
 */
export interface Hlc {
  ms: number;
  counter: number;
  install: string;
}

const MAX_COUNTER = 0xffff;
/** Remote clocks further ahead than this are refused (sync.md: a far-future sender must not poison us). */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function encodeHlc(h: Hlc): string {
  return `${h.ms.toString(16).padStart(12, '0')}-${h.counter.toString(16).padStart(4, '0')}-${h.install}`;
}

const HLC_RE = /^([0-9a-f]{12})-([0-9a-f]{4})-([A-Za-z0-9_-]{1,64})$/;

export function decodeHlc(s: string): Hlc {
  const m = HLC_RE.exec(s);
  if (!m) throw new Error(`invalid clock: ${s}`);
  return { ms: parseInt(m[1]!, 16), counter: parseInt(m[2]!, 16), install: m[3]! };
}

export function isHlc(s: unknown): s is string {
  return typeof s === 'string' && HLC_RE.test(s);
}

export class HlcClock {
  private last: Hlc;

  constructor(
    readonly install: string,
    last?: string | null,
  ) {
    this.last = last ? { ...decodeHlc(last), install } : { ms: 0, counter: 0, install };
  }

  /** Next timestamp for a local event. Never goes backwards even when the wall clock does. */
  tick(nowMs: number): string {
    if (nowMs > this.last.ms) {
      this.last = { ms: nowMs, counter: 0, install: this.install };
    } else if (this.last.counter < MAX_COUNTER) {
      this.last = { ...this.last, counter: this.last.counter + 1 };
    } else {
      // Counter exhausted within one millisecond: borrow the next millisecond.
      this.last = { ms: this.last.ms + 1, counter: 0, install: this.install };
    }
    return encodeHlc(this.last);
  }

  /**
   * Merge a received timestamp. Returns false (and leaves the clock alone) when the
   * remote clock is beyond now + MAX_DRIFT_MS.
   */
  receive(remote: string, nowMs: number): boolean {
    const r = decodeHlc(remote);
    if (r.ms > nowMs + MAX_DRIFT_MS) return false;
    if (r.ms > this.last.ms || (r.ms === this.last.ms && r.counter > this.last.counter)) {
      this.last = { ms: r.ms, counter: r.counter, install: this.install };
    }
    return true;
  }

  current(): string {
    return encodeHlc(this.last);
  }
}
