import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HlcClock, MAX_DRIFT_MS, decodeHlc, encodeHlc } from '../../shared/domain/hlc';

describe('hybrid logical clock', () => {
  it('orders 65,536+ events within one millisecond strictly (case 6)', () => {
    const clock = new HlcClock('station-1');
    const t = Date.UTC(2026, 4, 4);
    let prev = '';
    for (let i = 0; i < 70_000; i += 1) {
      const h = clock.tick(t);
      expect(h > prev).toBe(true);
      prev = h;
    }
    // The counter ran out once and borrowed the next millisecond.
    expect(decodeHlc(prev).ms).toBe(t + 1);
  });

  it('never goes backwards when the wall clock does', () => {
    const clock = new HlcClock('x');
    const a = clock.tick(2_000_000);
    const b = clock.tick(1_000_000);
    expect(b > a).toBe(true);
  });

  it('string order equals (ms, counter, install) order', () => {
    const hlc = fc.record({
      ms: fc.integer({ min: 0, max: 2 ** 48 - 1 }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      install: fc.constantFrom('a', 'b', 'c-1'),
    });
    fc.assert(
      fc.property(hlc, hlc, (x, y) => {
        const tuple =
          x.ms !== y.ms
            ? Math.sign(x.ms - y.ms)
            : x.counter !== y.counter
              ? Math.sign(x.counter - y.counter)
              : x.install < y.install
                ? -1
                : x.install > y.install
                  ? 1
                  : 0;
        const ex = encodeHlc(x);
        const ey = encodeHlc(y);
        expect(ex < ey ? -1 : ex > ey ? 1 : 0).toBe(tuple);
        expect(decodeHlc(ex)).toEqual(x);
      }),
    );
  });

  it('follows a remote clock up to 24 h ahead and ignores one further ahead (case 6)', () => {
    const now = Date.UTC(2026, 4, 4);
    const clock = new HlcClock('here');
    clock.tick(now);
    const threeHours = encodeHlc({ ms: now + 3 * 3600_000, counter: 5, install: 'there' });
    expect(clock.receive(threeHours, now)).toBe(true);
    expect(clock.tick(now) > threeHours).toBe(true);
    const before = clock.current();
    const yearAhead = encodeHlc({ ms: now + 365 * 24 * 3600_000, counter: 0, install: 'there' });
    expect(clock.receive(yearAhead, now)).toBe(false);
    expect(clock.current()).toBe(before);
    expect(clock.receive(encodeHlc({ ms: now + MAX_DRIFT_MS + 1, counter: 0, install: 'there' }), now)).toBe(false);
  });
});
