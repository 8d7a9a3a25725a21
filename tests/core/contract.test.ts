import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, assertUniqueChannels } from '../../shared/contract';
import { tempCore, dumpTables, type TempCore } from './helpers/temp-core';

const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

describe('the contract at the core boundary', () => {
  let t: TempCore;
  beforeAll(() => {
    t = tempCore({ setup: true });
  });
  afterAll(() => t.cleanup());

  it('has unique domain:verb channel names', () => {
    expect(() => assertUniqueChannels()).not.toThrow();
    expect(channels.length).toBeGreaterThan(5);
    for (const c of channels) expect(c).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('refuses an unknown channel with the error shape', async () => {
    const r = await t.core.dispatch('nope:nothing', {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('unknown_channel');
      expect(r.error.message).toMatch(VIETNAMESE);
    }
  });

  const badInputs: Array<[string, unknown]> = [
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an unexpected key', { __unexpected: true }],
  ];

  for (const [label, input] of badInputs) {
    it(`refuses ${label} on every channel, in Vietnamese, writing nothing`, async () => {
      const before = dumpTables(t.core);
      for (const channel of channels) {
        const r = await t.core.dispatch(channel, input);
        expect(r.ok, `${channel} accepted ${label}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code, channel).toBe('invalid_input');
          expect(r.error.message, channel).toMatch(VIETNAMESE);
          expect(JSON.stringify(r.error)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
        }
      }
      expect(dumpTables(t.core)).toBe(before);
    });
  }

  it('names the offending field', async () => {
    const r = await t.core.dispatch('users:add', { name: '   ', role: 'boss' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.details?.field).toBe('name');
      expect(r.error.details?.issues?.map((i) => i.field)).toEqual(['name', 'role']);
    }
  });

  it('normalises text to NFC at the boundary', async () => {
    const nfd = 'Trần Thị Hồng'.normalize('NFD');
    const r = await t.core.dispatch('users:add', { name: nfd, role: 'producer' });
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.result as { name: string }).name).toBe('Trần Thị Hồng'.normalize('NFC'));
  });
});
