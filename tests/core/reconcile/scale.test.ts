import { describe, expect, it } from 'vitest';
import { readLogFile } from '../../../electron/core/reconcile/readers/read-log';
import { RECONCILE_MAX_ROWS, matchLog } from '../../../shared/domain/reconcile';
import { stationFixture } from '../../fixtures/reconcile/generate';

describe('a log at the row cap', () => {
  it('50,000 lines are read and matched in seconds (the issue: a month turned into marked episodes in under a minute)', () => {
    const fx = stationFixture();
    const [header, ...body] = fx.text.trimEnd().split('\r\n');
    const lines = [header!];
    while (lines.length <= RECONCILE_MAX_ROWS) lines.push(...body.slice(0, RECONCILE_MAX_ROWS + 1 - lines.length));
    const text = `${lines.join('\r\n')}\r\n`;
    const t0 = performance.now();
    const read = readLogFile(Buffer.from(text), 'nam.csv', null);
    const proposals = matchLog(read.lines, fx.items, fx.tasks, { windowDays: 3 });
    const ms = performance.now() - t0;
    console.log(`reconcile scale: ${read.lines.length} lines (${(text.length / 1048576).toFixed(1)} MB) read and matched in ${ms.toFixed(0)} ms`);
    expect(read.lines).toHaveLength(RECONCILE_MAX_ROWS);
    // Each planned item is taken once, however many copies of the month the file holds: the 11 matched once, and
    // the second look-alike talk show, which a second copy of "Tọa đàm chuyển đổi số" now reaches.
    const taken = proposals.filter((p) => p.itemId).map((p) => p.itemId);
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.length).toBe(12);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
