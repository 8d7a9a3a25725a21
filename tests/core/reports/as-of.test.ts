import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toReportJson } from '../../../shared/domain/compliance/report-json';
import { buildReportData } from '../../../electron/core/services/compliance-report-data';
import { addItem, complianceCore, type ComplianceCore } from '../compliance/helpers';
import { attrs, findAll, readXml, textOf, unzip } from './ooxml';

/**
 * Issue 16: a report is what the data said at the end of its as-of day. A year of the station's work is
 * recorded as it happened (each change at its own moment); a second database receives only the changes
 * made up to the Q3 cut-off. Both must give the same Q3 report, and every format must say what the JSON says.
 */
type Core = ComplianceCore['core'];
interface Event {
  /** When the change is recorded (UTC); 03:00 UTC is 10:00 in Vietnam. */
  at: string;
  run: (core: Core, ids: Map<string, string>) => Promise<void>;
}

const at = (day: string) => `${day}T03:00:00.000Z`;

function add(key: string, day: string, codes: string[], planned: string, kind: 'segment' | 'article' | 'talkshow' = 'segment'): Event {
  return {
    at: at(day),
    run: async (core, ids) => {
      ids.set(key, await addItem(core, { codes, planned, kind, outlet: kind === 'article' ? 'print' : 'tv', title: `${key} (${planned})` }));
    },
  };
}
const done = (key: string, day: string): Event => ({
  at: at(day),
  run: async (core, ids) => void (await core.call('items:markDone', { id: ids.get(key)!, at: day })),
});
const status = (key: string, day: string, s: 'postponed' | 'cancelled', date?: string): Event => ({
  at: at(day),
  run: async (core, ids) =>
    void (await core.call('items:setStatus', { id: ids.get(key)!, status: s, reason: 'Thay đổi lịch phát sóng', ...(date ? { date } : {}) })),
});

/** The monthly column (05) each month on the 20th, aired that day except: July aired 02/08, August never, September's episode on 29/09 aired 01/10. */
function year(): Event[] {
  const ev: Event[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const mm = String(m).padStart(2, '0');
    const planned = m === 9 ? '2020-09-29' : `2020-${mm}-20`;
    ev.push(add(`05-${mm}`, `2020-${mm}-01`, ['05'], planned));
    if (m === 7) ev.push(done('05-07', '2020-08-02'));
    else if (m === 9) ev.push(done('05-09', '2020-10-01'));
    else if (m !== 8) ev.push(done(`05-${mm}`, planned));
  }
  ev.push(add('05-06b', '2020-06-02', ['05'], '2020-06-25'), done('05-06b', '2020-06-25')); // beyond what June asked for
  ev.push(add('05-09b', '2020-09-02', ['05'], '2020-09-22'), status('05-09b', '2020-10-02', 'cancelled')); // cancelled after the cut-off
  ev.push(add('02', '2020-05-02', ['02'], '2020-05-20', 'article'), done('02', '2020-05-20'));
  // The Sep–Oct talk show: planned 28/09, moved on 03/10 to 15/10 (across the cut-off), aired 15/10.
  ev.push(add('03', '2020-08-15', ['03'], '2020-09-28', 'talkshow'), status('03', '2020-10-03', 'postponed', '2020-10-15'), done('03', '2020-10-15'));
  // Ongoing duty: one in July, one planned 10/09 but postponed on 05/09 (before the cut-off) to 12/10.
  ev.push(add('01-07', '2020-07-01', ['01'], '2020-07-14'), done('01-07', '2020-07-14'));
  ev.push(add('01-09', '2020-09-01', ['01'], '2020-09-10'), status('01-09', '2020-09-05', 'postponed', '2020-10-12'), done('01-09', '2020-10-12'));
  return ev.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

const CUTOFF_END = '2020-09-30T17:00:00.000Z'; // end of 30/09 in Vietnam

async function record(t: ComplianceCore, events: Event[]): Promise<void> {
  const ids = new Map<string, string>();
  for (const e of events) {
    t.setNow(e.at);
    await e.run(t.core, ids);
  }
  t.setNow('2020-11-20T03:00:00.000Z');
}

let full: ComplianceCore;
let fresh: ComplianceCore;
beforeAll(async () => {
  full = await complianceCore({ now: '2020-01-02T01:00:00.000Z' });
  fresh = await complianceCore({ now: '2020-01-02T01:00:00.000Z' });
  const events = year();
  await record(full, events);
  await record(
    fresh,
    events.filter((e) => e.at < CUTOFF_END),
  );
}, 60_000);
afterAll(() => {
  full.cleanup();
  fresh.cleanup();
});

const q3 = (t: ComplianceCore, asOf?: string) => buildReportData(t.core.ctx, { plan: '259/KH-UBND', period: '2020-Q3', ...(asOf ? { asOf } : {}) });
const json = (t: ComplianceCore, asOf?: string) => {
  const d = q3(t, asOf);
  return toReportJson(d.report);
};

describe('a report as it stood at the end of its as-of day', () => {
  it('defaults the as-of of a past period to its last day, not to today', () => {
    expect(q3(full).asOf).toBe('2020-09-30');
    expect(buildReportData(full.core.ctx, { plan: '259', period: '2020' }).asOf).toBe('2020-11-20'); // not over yet: today
  });

  it('equals the report of a fresh database holding only the changes up to the cut-off', () => {
    expect(json(full)).toEqual(json(fresh));
    expect(json(full, '2020-09-30')).toEqual(json(fresh, '2020-09-30'));
  });

  it('ignores what was done, moved or cancelled after the cut-off', () => {
    const r = json(full);
    const t05 = r.tasks.find((t) => t.code === '05')!;
    // July aired late (02/08), August nothing, September aired only on 01/10: missing as of 30/09.
    expect(t05.windows.map((w) => [w.from, w.status, w.onTime, w.late, w.missing])).toEqual([
      ['2020-07-01', 'late', 0, 1, 0],
      ['2020-08-01', 'missing', 0, 0, 1],
      ['2020-09-01', 'missing', 0, 0, 1],
    ]);
    // The cancelled-later episode still counted as planned on 30/09.
    expect(t05.windows[2]!.planned).toBe(2);
    // The talk show was still planned for 28/09 in a window open until 31/10: not yet due.
    expect(r.tasks.find((t) => t.code === '03')).toMatchObject({ required: 1, onTime: 0, late: 0, missing: 0, notYetDue: 1, extra: 0 });
    // Ongoing: only the July product (the September one had been moved to October before the cut-off).
    expect(r.tasks.find((t) => t.code === '01')).toMatchObject({ required: null, extra: 1 });
    // Later, the same period reads what happened since.
    const later = json(full, '2020-11-20');
    expect(later.tasks.find((t) => t.code === '03')).toMatchObject({ onTime: 1, notYetDue: 0 });
    expect(later.tasks.find((t) => t.code === '05')!.windows[2]).toMatchObject({ late: 1, missing: 0, planned: 1 });
  });

  it('holds required = onTime + late + missing + notYetDue for every task and the totals', () => {
    for (const asOf of ['2020-09-30', '2020-11-20']) {
      const r = json(full, asOf);
      for (const t of r.tasks) if (t.required !== null) expect(t.onTime + t.late + t.missing + t.notYetDue, `${t.code} ${asOf}`).toBe(t.required);
      expect(r.totals.onTime + r.totals.late + r.totals.missing + r.totals.notYetDue).toBe(r.totals.required);
    }
  });

  it('every format says what the JSON says', async () => {
    const r = json(full);
    const req = { planId: q3(full).plan.id, period: '2020-Q3', reportDate: '2020-10-05' };
    const docx = await full.core.call('reports:export', { ...req, format: 'docx' });
    const xlsx = await full.core.call('reports:export', { ...req, format: 'xlsx' });
    const csv = await full.core.call('reports:export', { ...req, format: 'csv' });
    const preview = await full.core.call('reports:preview', req);
    expect(preview.document.asOf).toBe('2020-09-30');

    const xml = await readXml(await unzip(fs.readFileSync(docx.filePath)), 'word/document.xml');
    const text = findAll(xml, 'w:p')
      .map((p) => textOf(p))
      .join('\n');
    expect(text).toContain('số liệu tính đến hết ngày 30/09/2020');
    expect(text).not.toContain('15/10/2020');
    const rows = findAll(xml, 'w:tr').map((tr) => findAll([tr], 'w:tc').map((tc) => textOf(tc)));
    for (const t of r.tasks.filter((x) => x.status !== 'none')) {
      const row = rows.find((cells) => cells[1]!.startsWith(`${t.code}. `))!;
      const dash = (n: number) => (t.required === null ? '–' : String(n));
      expect(row.slice(4), t.code).toEqual([
        t.required === null ? 'Thường xuyên' : String(t.required),
        dash(t.onTime),
        dash(t.late),
        dash(t.missing),
        dash(t.notYetDue),
        String(t.extra),
      ]);
    }
    const total = rows.find((cells) => cells[0] === 'Tổng cộng')!;
    const T = r.totals;
    expect(total.slice(1)).toEqual([T.required, T.onTime, T.late, T.missing, T.notYetDue, T.extra].map(String));

    const zip = await unzip(fs.readFileSync(xlsx.filePath));
    const strings = findAll(await readXml(zip, 'xl/sharedStrings.xml'), 'si').map((si) => textOf(si, 't'));
    const sheet = await readXml(zip, 'xl/worksheets/sheet1.xml');
    const cells = findAll(sheet, 'row').map((row) => findAll([row], 'c').map((c) => (attrs(c).t === 's' ? strings[Number(textOf(c, 'v'))]! : textOf(c, 'v'))));
    const totalRow = cells[cells.length - 1]!;
    expect(totalRow.slice(-7, -1).map(Number)).toEqual([T.required, T.onTime, T.late, T.missing, T.notYetDue, T.extra]);

    const lines = fs.readFileSync(csv.filePath, 'utf8').split('\r\n');
    // Nothing done after 30/09 reads as done; the talk show is at its date of then.
    expect(lines.filter((l) => l.includes('01/10/2020') || l.includes('15/10/2020'))).toEqual([]);
    expect(lines.find((l) => l.includes('03 (2020-09-28)'))).toContain('28/09/2020');
    expect(lines.find((l) => l.includes('05-09b'))).not.toContain('Đã hủy');

    // Exported again later (another day, another printed date and number), the same report: the history
    // shows the same data hash, for every format.
    full.setNow('2021-03-01T03:00:00.000Z');
    const again = await full.core.call('reports:export', { planId: req.planId, period: '2020-Q3', number: '7', format: 'docx' });
    expect(again.asOf).toBe('2020-09-30');
    expect(again.reportDate).toBe('2021-03-01');
    expect(new Set([docx, xlsx, csv, again].map((e) => e.dataSha256)).size).toBe(1);
    const history = await full.core.call('reports:history', { planId: req.planId });
    expect(history.filter((h) => h.dataSha256 === docx.dataSha256)).toHaveLength(4);
  });
});
