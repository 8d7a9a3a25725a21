import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../shared/contract';
import { can, roleNeeded } from '../../shared/contract/roles';
import { dumpTables, tempCore, type TempCore } from './helpers/temp-core';

/** Roles hold in the core: each way in (window, browser host, CLI) meets the same check. */
describe('roles enforced in the core', () => {
  let t: TempCore;
  let editorId: string;
  let viewerId: string;
  let producerId: string;
  let itemId: string;
  beforeAll(async () => {
    t = tempCore({ setup: true });
    editorId = (await t.core.call('app:info', {})).user!.id;
    viewerId = (await t.core.call('users:add', { name: 'Trần Thị Bình', role: 'viewer' })).id;
    producerId = (await t.core.call('users:add', { name: 'Lê Văn Cường', role: 'producer' })).id;
    itemId = (await t.core.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-15', title: 'Chuyên mục CCHC tháng 5' })).id;
  });
  afterAll(() => t.cleanup());

  const as = (userId: string) => t.core.call('users:switch', { userId });

  it('a viewer is refused every command that changes plans or the schedule, in Vietnamese, and nothing is written', async () => {
    await as(viewerId);
    const guarded = channels.filter((c) => roleNeeded(c) !== null);
    expect(guarded).toEqual(
      expect.arrayContaining(['items:create', 'items:update', 'items:delete', 'items:markDone', 'plans:delete', 'users:add', 'app:setup']),
    );
    const before = dumpTables(t.core);
    for (const channel of guarded) {
      const r = await t.core.dispatch(channel, { id: itemId });
      expect(r.ok, channel).toBe(false);
      if (!r.ok) {
        expect(r.error.code, channel).toBe('forbidden');
        expect(r.error.message).toMatch(/vai trò người xem/);
      }
    }
    expect(dumpTables(t.core)).toBe(before);
    // What a viewer may still do: read, and choose the language.
    await expect(t.core.call('items:get', { id: itemId })).resolves.toMatchObject({ title: 'Chuyên mục CCHC tháng 5' });
    await expect(t.core.call('settings:set', { values: { language: 'en' } })).resolves.toMatchObject({ language: 'en' });
    await expect(t.core.call('settings:set', { values: { 'report.signer': 'X' } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a producer moves work along and marks it done, but cannot plan, postpone or cancel', async () => {
    await as(producerId);
    await expect(t.core.call('items:setStatus', { id: itemId, status: 'in_production' })).resolves.toMatchObject({ status: 'in_production' });
    await expect(t.core.call('items:setStatus', { id: itemId, status: 'cancelled', reason: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.core.call('items:update', { id: itemId, patch: { title: 'Đổi' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.core.call('items:markDone', { id: itemId, at: '2020-05-15' })).resolves.toMatchObject({ status: 'done' });
  });

  it('nobody writes the current user or organisation directly', async () => {
    await as(editorId);
    await expect(t.core.call('settings:set', { values: { currentUserId: editorId } })).rejects.toMatchObject({
      code: 'forbidden',
      details: { field: 'values.currentUserId' },
    });
  });

  it('a PIN guards switching to its user; the owner needs the old PIN to change it', async () => {
    await as(editorId);
    await t.core.call('users:setPin', { pin: '2468' });
    // Only a salted hash is kept, never the PIN.
    expect(JSON.stringify(t.core.ctx.db.prepare('SELECT * FROM user_pins').all())).not.toContain('2468');
    await as(viewerId);
    await expect(as(editorId)).rejects.toMatchObject({ code: 'forbidden', details: { field: 'pin' } });
    await expect(t.core.call('users:switch', { userId: editorId, pin: '1111' })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Mã PIN không đúng. Hãy thử lại.',
    });
    // Nor can the viewer get round it by running setup again.
    await expect(t.core.call('app:setup', { orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn An', role: 'editor' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await t.core.call('users:switch', { userId: editorId, pin: '2468' })).user).toMatchObject({ id: editorId, hasPin: true });
    await expect(t.core.call('users:setPin', { pin: null })).rejects.toMatchObject({ details: { field: 'currentPin' } });
    expect(await t.core.call('users:setPin', { pin: null, currentPin: '2468' })).toMatchObject({ hasPin: false });
    expect(t.core.ctx.db.prepare('SELECT COUNT(*) AS n FROM user_pins').get()).toEqual({ n: 0 });
  });

  it('the rule is monotone: whatever a role may do, every higher role may do too', () => {
    const roles = ['viewer', 'producer', 'editor'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...channels), fc.constantFrom('planned', 'in_production', 'ready', 'postponed', 'cancelled'), (channel: Channel, status) => {
        const input = { status, values: { language: 'vi' } };
        const allowed = roles.map((r) => can(r, channel, input));
        // false…false true…true: once allowed, allowed for every role above.
        expect(allowed.indexOf(true) === -1 || allowed.slice(allowed.indexOf(true)).every(Boolean)).toBe(true);
        expect(allowed[2]).toBe(true);
      }),
    );
  });
});
