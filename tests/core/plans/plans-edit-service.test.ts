import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { planIdOf } from '../../../shared/domain/plan/ids';
import { plansCore, snapshot } from './helpers';

const PLAN_ID = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2020);
let open: Core[] = [];
afterEach(() => {
  for (const c of open) c.close();
  open = [];
});
async function sample() {
  const { core } = await plansCore({ withSample: true });
  open.push(core);
  const task = async (code: string) => (await core.call('plans:get', { id: PLAN_ID })).tasks.find((t) => t.code === code)!;
  return { core, task };
}

describe('editing a plan and its tasks', () => {
  it('edits any task field; a new timeframe re-reads the cadence; unknown agencies are flagged', async () => {
    const { core, task } = await sample();
    const t02 = await task('02');
    const edited = await core.call('plans:updateTask', {
      id: t02.id,
      title: 'Bài viết về ISO',
      product: '2 bài',
      leads: ['Sở KH và CN'],
      partners: ['Báo HD', 'Sở Văn hoá mới'],
      timeframe: 'Quý II/2020',
    });
    expect(edited).toMatchObject({ title: 'Bài viết về ISO', product: '2 bài', timeframe: 'Quý II/2020', cadenceText: '1 lần trong quý II/2020' });
    expect(edited.leadsDisplay).toEqual(['Sở Khoa học và Công nghệ']);
    expect(edited.partnersDisplay).toEqual(['Báo Hải Dương', 'Sở Văn hoá mới']);
    expect(edited.warnings.map((w) => [w.code, w.field])).toEqual([['unknown_agency', 'partners']]);
    expect((await core.call('plans:list', {}))[0]!.warningCount).toBe(1);
    const unread = await core.call('plans:updateTask', { id: t02.id, timeframe: 'Khi có yêu cầu' });
    expect(unread.cadence).toEqual({ kind: 'unknown', text: 'Khi có yêu cầu' });
  });

  it('refuses a duplicate STT and an empty title, writing nothing', async () => {
    const { core, task } = await sample();
    const t02 = await task('02');
    const before = snapshot(core);
    const dup = await core.dispatch('plans:updateTask', { id: t02.id, code: '3' });
    expect(dup.ok ? '' : dup.error.message).toBe('STT «3» đã dùng cho nhiệm vụ khác trong kế hoạch này.');
    const empty = await core.dispatch('plans:updateTask', { id: t02.id, title: '   ' });
    expect(empty.ok ? '' : empty.error.code).toBe('invalid_input');
    expect(snapshot(core)).toBe(before);
  });

  it('a cadence set by hand wins over the timeframe until it is reset', async () => {
    const { core, task } = await sample();
    const t03 = await task('03');
    const set = await core.call('plans:setCadence', {
      id: t03.id,
      cadence: { kind: 'windows', windows: [{ from: '2020-10-01', to: '2020-10-31', count: 2 }] },
    });
    expect(set).toMatchObject({ cadenceOverridden: true, cadenceText: '2 lần trong tháng 10/2020' });
    const edited = await core.call('plans:updateTask', { id: t03.id, timeframe: 'Tháng 11/2020' });
    expect(edited.cadenceText).toBe('2 lần trong tháng 10/2020');
    const reset = await core.call('plans:setCadence', { id: t03.id, cadence: null });
    expect(reset).toMatchObject({ cadenceOverridden: false, cadenceText: '1 lần trong tháng 11/2020' });
  });

  it('refuses a cadence outside the plan year', async () => {
    const { core, task } = await sample();
    const t03 = await task('03');
    const before = snapshot(core);
    const r = await core.dispatch('plans:setCadence', {
      id: t03.id,
      cadence: { kind: 'windows', windows: [{ from: '2021-01-01', to: '2021-01-31', count: 1 }] },
    });
    expect(r.ok ? '' : r.error.message).toMatch(/phải nằm trong năm 2020/);
    const zero = await core.dispatch('plans:setCadence', {
      id: t03.id,
      cadence: { kind: 'windows', windows: [{ from: '2020-01-01', to: '2020-01-31', count: 0 }] },
    });
    expect(zero.ok ? '' : zero.error.code).toBe('invalid_input');
    expect(snapshot(core)).toBe(before);
  });

  it('edits the plan heading; the id stays', async () => {
    const { core } = await sample();
    const d = await core.call('plans:update', { id: PLAN_ID, title: 'Kế hoạch CCHC 2020', date: '2020-02-01', basedOn: ['QĐ A'] });
    expect(d.plan).toMatchObject({ id: PLAN_ID, title: 'Kế hoạch CCHC 2020', date: '2020-02-01', basedOn: ['QĐ A'], number: '259/KH-UBND' });
    const bad = await core.dispatch('plans:update', { id: PLAN_ID, date: '2021-02-30' });
    expect(bad.ok ? '' : bad.error.code).toBe('invalid_input');
  });
});

describe('copy to a new year', () => {
  it('moves windows, keeps hand-set cadences, leaves the number empty, and refuses a second copy', async () => {
    const { core, task } = await sample();
    const t05 = await task('05');
    await core.call('plans:setCadence', { id: t05.id, cadence: { kind: 'windows', windows: [{ from: '2020-02-01', to: '2020-02-29', count: 3 }] } });
    const copy = await core.call('plans:copyToYear', { id: PLAN_ID, year: 2021 });
    expect(copy.plan).toMatchObject({
      year: 2021,
      number: '',
      issuer: 'UBND tỉnh Hải Dương',
      title: 'Kế hoạch tuyên truyền cải cách hành chính tỉnh Hải Dương năm 2021',
    });
    expect(copy.tasks).toHaveLength(14);
    const by = (code: string) => copy.tasks.find((t) => t.code === code)!;
    expect(by('02')).toMatchObject({ timeframe: 'Tháng 5/2021', cadenceText: '1 lần trong tháng 5/2021' });
    expect(by('05')).toMatchObject({ cadenceOverridden: true, cadence: { kind: 'windows', windows: [{ from: '2021-02-01', to: '2021-02-28', count: 3 }] } });
    const c06 = by('06').cadence;
    expect(c06.kind === 'windows' ? c06.windows : []).toHaveLength(12);
    expect(by('01').cadenceText).toBe('Thường xuyên');
    const again = await core.dispatch('plans:copyToYear', { id: PLAN_ID, year: 2021 });
    expect(again.ok ? '' : again.error.code).toBe('conflict');
    const same = await core.dispatch('plans:copyToYear', { id: PLAN_ID, year: 2020 });
    expect(same.ok ? '' : same.error.code).toBe('invalid_input');
    // The original is untouched.
    expect((await core.call('plans:get', { id: PLAN_ID })).tasks.find((t) => t.code === '02')!.timeframe).toBe('Tháng 5/2020');
    // The number is filled in later; the id stays.
    const numbered = await core.call('plans:update', { id: copy.plan.id, number: '15 /KH-UBND' });
    expect(numbered.plan).toMatchObject({ id: copy.plan.id, number: '15/KH-UBND' });
  });

  it('deletes a plan with its tasks', async () => {
    const { core } = await sample();
    expect(await core.call('plans:delete', { id: PLAN_ID })).toEqual({ deleted: 14 });
    expect(await core.call('plans:list', {})).toEqual([]);
    expect(core.ctx.db.prepare('SELECT COUNT(*) AS n FROM plan_tasks').get()).toEqual({ n: 0 });
  });
});

describe('the agency directory', () => {
  it('renames (old name becomes an alias) and tasks show the new name', async () => {
    const { core } = await sample();
    const list = await core.call('agencies:list', {});
    const station = list.find((a) => a.name === 'Đài Phát thanh và Truyền hình tỉnh')!;
    expect(station.usage).toBe(6); // 05 lead, 03/04 partner (Đài PTTH), III.1.2-a/b/c leads
    const renamed = await core.call('agencies:rename', { id: station.id, name: 'Đài Phát thanh và Truyền hình tỉnh Hải Dương' });
    expect(renamed.aliases).toContain('Đài Phát thanh và Truyền hình tỉnh');
    const t05 = (await core.call('plans:get', { id: PLAN_ID })).tasks.find((t) => t.code === '05')!;
    expect(t05.leads).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    expect(t05.leadsDisplay).toEqual(['Đài Phát thanh và Truyền hình tỉnh Hải Dương']);
  });

  it('merges two entries; the source disappears and its names resolve to the target', async () => {
    const { core } = await sample();
    const added = await core.call('agencies:add', { name: 'Sở Văn hoá, Thể thao và Du lịch', aliases: ['Sở VHTTDL'] });
    const target = (await core.call('agencies:list', {})).find((a) => a.name === 'Sở Nội vụ')!;
    const merged = await core.call('agencies:merge', { sourceId: added.id, targetId: target.id });
    expect(merged.aliases).toEqual(expect.arrayContaining(['Sở Văn hoá, Thể thao và Du lịch', 'Sở VHTTDL']));
    expect((await core.call('agencies:list', {})).some((a) => a.id === added.id)).toBe(false);
    // Adding the merged name again is refused: it now belongs to Sở Nội vụ.
    const again = await core.dispatch('agencies:add', { name: 'Sở VHTTDL', aliases: [] });
    expect(again.ok ? '' : again.error.message).toMatch(/đã thuộc cơ quan «Sở Nội vụ»/);
  });

  it('refuses aliases that belong to another agency, writing nothing', async () => {
    const { core } = await sample();
    const list = await core.call('agencies:list', {});
    const noiVu = list.find((a) => a.name === 'Sở Nội vụ')!;
    const before = snapshot(core);
    const r = await core.dispatch('agencies:setAliases', { id: noiVu.id, aliases: ['Báo HD'] });
    expect(r.ok ? '' : r.error.code).toBe('conflict');
    const self = await core.dispatch('agencies:merge', { sourceId: noiVu.id, targetId: noiVu.id });
    expect(self.ok ? '' : self.error.code).toBe('invalid_input');
    expect(snapshot(core)).toBe(before);
  });
});
