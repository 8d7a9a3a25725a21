import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeClock, Site, tempRoot } from './helpers/site';
import { syncFolder } from '../../../electron/core/sync/sync-folder';

/**
 * The station (two PCs: editors and producers), the newspaper and Home Affairs exchange files
 * through one shared folder over several rounds — including a concurrent edit of one field and a
 * delete racing an edit — and converge.
 */
describe('station, newspaper and Home Affairs through a folder', () => {
  const root = tempRoot();
  const clock = new FakeClock();
  const folder = path.join(root, 'shared');
  fs.mkdirSync(folder);
  const editor = new Site(root, 'station-editor', 'org-station', { clock });
  const producer = new Site(root, 'station-producer', 'org-station', { clock });
  const paper = new Site(root, 'newspaper', 'org-paper', { clock });
  const ha = new Site(root, 'home-affairs', 'org-home-affairs', { clock });
  const all = [editor, producer, paper, ha];
  afterAll(() => all.forEach((s) => s.close()));
  const sync = (s: Site) =>
    syncFolder(s.db, s.writer, { org: s.org, orgName: null, installName: s.name }, folder, { dataDir: s.dir, trustNew: true, now: s.clock.now });
  const round = async () => {
    for (const s of all) await sync(s);
    for (const s of all) await sync(s); // a second pass lets everyone see what others wrote in the first
  };

  it('converges over several rounds', async () => {
    editor.createItem('s-talk', { title: 'Tọa đàm CCHC tháng 5', slot: ['2026-05-07', '20:00', 45] });
    editor.createItem('s-spot', { title: 'Phóng sự' });
    paper.createItem('p-article', { title: 'Bài: một cửa liên thông' });
    await round();
    for (const s of all) expect(s.item('s-talk')?.title).toBe('Tọa đàm CCHC tháng 5');
    expect(ha.item('p-article')?.title).toBe('Bài: một cửa liên thông');

    // Round 2: the station's two PCs edit the same field; one deletes a row the other edits.
    editor.setTitle('s-talk', 'Tọa đàm: dịch vụ công trực tuyến');
    producer.setTitle('s-talk', 'Tọa đàm: chuyển đổi số');
    producer.remove('s-spot');
    editor.setTitle('s-spot', 'Phóng sự (sửa khi bên kia xóa)');
    paper.setSlot('p-article', ['2026-05-10', '06:00', 0]);
    await round();
    const dumps = all.map((s) => s.tableDump());
    expect(new Set(dumps).size).toBe(1);
    for (const s of all) {
      expect(s.item('s-talk')?.title).toBe('Tọa đàm: chuyển đổi số');
      expect(s.item('s-spot')).toBeUndefined();
      expect(s.openConflicts().map((c) => c.grp)).toEqual(['title', 'title']);
    }
    expect(ha.openConflicts()).toEqual(editor.openConflicts());

    // Round 3: resolve (pick the editor's title) and restore the deleted row; Home Affairs only reads.
    const c = editor.openConflicts().find((x) => x.row_id === 's-talk')!;
    editor.write([
      { table: 'sync_test_items', rowId: 's-talk', group: 'title', value: { title: 'Tọa đàm: dịch vụ công trực tuyến' }, supersedes: [String(c.loser_hlc)] },
    ]);
    producer.restore('s-spot');
    expect(() => ha.setTitle('p-article', 'Sở Nội vụ sửa')).toThrow(/đơn vị khác/);
    await round();
    for (const s of all) {
      expect(s.item('s-talk')?.title).toBe('Tọa đàm: dịch vụ công trực tuyến');
      expect(s.item('s-spot')?.title).toBe('Phóng sự (sửa khi bên kia xóa)');
      expect(s.openConflicts()).toEqual([]);
    }
    expect(new Set(all.map((s) => s.dump())).size).toBe(1);
    expect(new Set(all.map((s) => s.tableDump())).size).toBe(1);
  });
});
