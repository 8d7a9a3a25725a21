import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { AppError } from '../../../shared/contract/errors';
import { orgIdFromName } from '../../../shared/domain/ids';
import { ship, tempDir } from './helpers';

/**
 * The schedule's organisation filter on real databases: the station's and the newspaper's items reach
 * Sở Nội vụ through real sync files, and items:list narrows to one organisation in SQL.
 */
const STATION = 'Đài Phát thanh và Truyền hình tỉnh';
const PAPER = 'Báo Hải Dương';
const HOME_AFFAIRS = 'Sở Nội vụ';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

async function install(org: string): Promise<Core> {
  const dir = tempDir();
  const core = openCore({ dbFile: path.join(dir, 'ltt.sqlite'), dataDir: path.join(dir, 'data'), now: () => new Date('2020-06-30T03:00:00.000Z') });
  cores.push(core);
  await core.call('app:setup', { orgName: org, userName: 'Biên tập viên', role: 'editor', withSample: false });
  return core;
}

const add = (c: Core, title: string, date: string, outlet: 'tv' | 'print') =>
  c.call('items:create', { kind: outlet === 'tv' ? 'segment' : 'article', outlet, plannedDate: date, title });

async function threeInstalls() {
  const station = await install(STATION);
  const paper = await install(PAPER);
  const ha = await install(HOME_AFFAIRS);
  await add(station, 'Chuyên mục CCHC tháng 3', '2020-03-23', 'tv');
  await add(station, 'Tọa đàm một cửa', '2020-03-10', 'tv');
  await add(paper, 'Bài viết: dịch vụ công trực tuyến', '2020-03-12', 'print');
  await ship(station, ha);
  await ship(paper, ha);
  return { station, paper, ha };
}

describe('items:list by organisation (real SQLite, real sync files)', () => {
  it('returns only the chosen organisation’s items, combined with the other criteria; an unknown organisation gives none', async () => {
    const { ha } = await threeInstalls();
    const march = { from: '2020-03-01', to: '2020-03-31' };
    const titles = async (filter: Record<string, unknown>) => (await ha.call('items:list', { filter: { ...march, ...filter } })).map((i) => i.title);

    expect(await titles({})).toHaveLength(3);
    expect(await titles({ orgIds: [orgIdFromName(STATION)] })).toEqual(['Tọa đàm một cửa', 'Chuyên mục CCHC tháng 3']);
    expect(await titles({ orgIds: [orgIdFromName(PAPER)] })).toEqual(['Bài viết: dịch vụ công trực tuyến']);
    expect(await titles({ orgIds: [orgIdFromName(STATION), orgIdFromName(PAPER)] })).toHaveLength(3);
    expect(await titles({ orgIds: [orgIdFromName(STATION)], text: 'mot cua' })).toEqual(['Tọa đàm một cửa']);
    expect(await titles({ orgIds: [orgIdFromName(HOME_AFFAIRS)] })).toEqual([]);
    expect(await titles({ orgIds: ['org-nobody-knows'] })).toEqual([]);
    for (const i of await ha.call('items:list', { filter: { orgIds: [orgIdFromName(PAPER)] } })) expect(i.orgId).toBe(orgIdFromName(PAPER));
  });

  it('refuses an organisation id that is not an id, in Vietnamese, naming the field', async () => {
    const { ha } = await threeInstalls();
    const err = await ha.call('items:list', { filter: { orgIds: ['Báo Hải Dương; DROP TABLE items'] } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/Mã chứa ký tự không hợp lệ/);
    expect((await ha.call('items:list', {})).length).toBe(3);
  });

  it('items:orgs lists the organisations that have items, by name, with their counts (not Sở Nội vụ, which has none)', async () => {
    const { ha, station } = await threeInstalls();
    expect(await ha.call('items:orgs', {})).toEqual([
      { id: orgIdFromName(PAPER), name: PAPER, shortName: null, items: 1 },
      { id: orgIdFromName(STATION), name: STATION, shortName: null, items: 2 },
    ]);
    // Only its own organisation on the station's install.
    expect((await station.call('items:orgs', {})).map((o) => o.name)).toEqual([STATION]);
  });

  it('another organisation’s item is refused on write, and the list stays as it was', async () => {
    const { ha } = await threeInstalls();
    const [paperItem] = await ha.call('items:list', { filter: { orgIds: [orgIdFromName(PAPER)] } });
    const err = await ha.call('items:move', { id: paperItem!.id, date: '2020-03-20' }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err?.code).toBe('forbidden');
    expect((await ha.call('items:get', { id: paperItem!.id })).plannedDate).toBe('2020-03-12');
  });
});
