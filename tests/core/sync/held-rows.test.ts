import { describe, expect, it } from 'vitest';
import { HeldRows } from '../../../electron/core/sync/held-rows';
import { toLogRecord } from '../../../electron/core/sync/log-record';

const change = (rowId: string, seq: number, title: string) =>
  toLogRecord({
    install: 'a',
    seq,
    org: 'o',
    table: 'items',
    rowId,
    group: 'title',
    value: { title },
    hlc: `00000000000${seq}-0000-a`,
    baseHlc: null,
    tx: 't',
    actor: null,
    supersedes: seq > 1 ? ['000000000001-0000-b'] : undefined,
  });

describe('rows held in memory during an import', () => {
  it('keeps every entry of a row it holds, as the log would give them back', () => {
    const held = new HeldRows();
    held.start('items\u0000r1');
    held.add('items\u0000r1', change('r1', 1, 'Một'));
    held.add('items\u0000r1', change('r1', 2, 'Hai'));
    held.add('items\u0000r2', change('r2', 3, 'không giữ'));
    expect(held.entries('items\u0000r1')).toEqual([
      { install: 'a', seq: 1, org: 'o', group: 'title', valueJson: '{"title":"Một"}', hlc: '000000000001-0000-a', baseHlc: null, supersedesJson: null },
      {
        install: 'a',
        seq: 2,
        org: 'o',
        group: 'title',
        valueJson: '{"title":"Hai"}',
        hlc: '000000000002-0000-a',
        baseHlc: null,
        supersedesJson: '["000000000001-0000-b"]',
      },
    ]);
    expect(held.entries('items\u0000r2')).toBeUndefined();
  });

  it('stays within its budget: past it, rows are let go whole and read from the log instead', () => {
    const held = new HeldRows(4000);
    for (let i = 0; i < 20; i += 1) {
      held.start(`items\u0000r${i}`);
      held.add(`items\u0000r${i}`, change(`r${i}`, i + 1, 'x'.repeat(100)));
      expect(held.heldBytes).toBeLessThanOrEqual(4000);
    }
    const kept = Array.from({ length: 20 }, (_, i) => held.entries(`items\u0000r${i}`)).filter(Boolean);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(20);
    // A held row that outgrows the budget is dropped entirely, never kept with some of its entries missing.
    held.add('items\u0000r0', change('r0', 99, 'y'.repeat(5000)));
    expect(held.entries('items\u0000r0')).toBeUndefined();
    held.release('items\u0000r1');
    expect(held.entries('items\u0000r1')).toBeUndefined();
  });
});
