import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineKey, matchLog, titleSimilarity, titleWords, type LogLine, type Proposal } from '../../../shared/domain/reconcile';
import { readLogFile } from '../../../electron/core/reconcile/readers/read-log';
import { feedFixture, perturbedStationFixture, pressFixture, scoreProposals, stationFixture, type Fixture } from '../../fixtures/reconcile/generate';

function run(fx: Fixture): { lines: LogLine[]; proposals: Proposal[] } {
  const read = readLogFile(Buffer.from(fx.text), fx.fileName, null);
  expect(read.errors).toEqual([]);
  return { lines: read.lines, proposals: matchLog(read.lines, fx.items, fx.tasks, { windowDays: 3 }) };
}

/** Every line's expected answer, as the kind and item (or task, or first airing) the matcher must give. */
function assertExpected(fx: Fixture, proposals: Proposal[]): void {
  const byLine = new Map(proposals.map((p) => [p.line, p]));
  const itemLine = new Map(proposals.filter((p) => p.itemId).map((p) => [p.itemId!, p.line]));
  for (const [line, e] of fx.expected) {
    const p = byLine.get(line)!;
    const got = { line, kind: p.kind, itemId: p.itemId, taskId: p.taskId, rerunOf: p.rerunOf };
    if (e.kind === 'match') expect(got).toEqual({ line, kind: e.sure ? 'confident' : 'doubtful', itemId: e.item, taskId: null, rerunOf: null });
    else if (e.kind === 'new') expect(got).toEqual({ line, kind: 'new', itemId: null, taskId: e.task, rerunOf: null });
    else if (e.kind === 'rerun') expect(got).toEqual({ line, kind: 'unmatched', itemId: null, taskId: null, rerunOf: itemLine.get(e.of) });
    else expect(got).toEqual({ line, kind: 'unmatched', itemId: null, taskId: null, rerunOf: null });
  }
}

describe('matching a log against the plan', () => {
  it("a month of the station's as-run log: every line gets its expected answer", () => {
    const fx = stationFixture();
    const { lines, proposals } = run(fx);
    expect(lines.length).toBeGreaterThan(300);
    assertExpected(fx, proposals);
    const counts = Object.fromEntries(['confident', 'doubtful', 'new', 'unmatched'].map((k) => [k, proposals.filter((p) => p.kind === k).length]));
    expect(counts).toEqual({ confident: 9, doubtful: 2, new: 3, unmatched: lines.length - 14 });
    expect(scoreProposals(fx, proposals)).toMatchObject({ precision: 1, recall: 1 });
    // The rerun names the first airing; the moved episode is matched across the day.
    expect(proposals.find((p) => p.log.title === 'CCHC số 2 (phát lại)')!.reason).toContain('phát lại của dòng');
    expect(proposals.find((p) => p.itemId === 'cqs-3')!.log.date).toBe('2026-10-20');
  });

  it("the newspaper's CSV and the RSS feed", () => {
    for (const fx of [pressFixture(), feedFixture()]) assertExpected(fx, run(fx).proposals);
  });

  it('the same month as other playout systems write it (seeded perturbations): precision ≥ 0.95, recall ≥ 0.9', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const fx = perturbedStationFixture(seed);
      const s = scoreProposals(fx, run(fx).proposals);
      expect(s.precision, `seed ${seed}`).toBeGreaterThanOrEqual(0.95);
      expect(s.recall, `seed ${seed}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('a window of 0 days does not reach the episode moved by a day', () => {
    const fx = stationFixture();
    const read = readLogFile(Buffer.from(fx.text), fx.fileName, null);
    const p = matchLog(read.lines, fx.items, fx.tasks, { windowDays: 0 });
    const moved = p.find((x) => x.log.title === 'Chính quyền số kỳ 3')!;
    expect(moved.itemId).toBeNull();
  });

  it('the column name and an episode: "Chuyên mục CCHC" ~ "CCHC số 5" ~ "Cải cách hành chính kỳ 5"; episode 5 is not 6', () => {
    const sim = (a: string, b: string) => titleSimilarity(titleWords(a), titleWords(b));
    expect(sim('Chuyên mục CCHC', 'CCHC số 5')).toBe(1);
    expect(sim('CCHC số 5', 'Chuyên mục Cải cách hành chính kỳ 5')).toBeGreaterThan(0.7);
    expect(sim('CHÍNH QUYỀN SỐ', 'chinh quyen so')).toBe(1);
    expect(sim('Hỏi đáp cải cách hành chính', 'Chuyên mục CCHC số 4: Dịch vụ công trực tuyến')).toBeLessThan(0.3);
    const line: LogLine = {
      line: 2,
      date: '2026-10-01',
      time: '20:00',
      durationSec: 900,
      title: 'CCHC số 6',
      channel: null,
      houseId: null,
      issueNo: null,
      page: null,
      author: null,
      link: null,
    };
    const ep5 = {
      id: 'e5',
      title: 'Chuyên mục CCHC số 5',
      outlet: 'tv' as const,
      plannedDate: '2026-10-01',
      plannedTime: '20:00',
      topics: [],
      taskIds: [],
      seriesId: 's',
      status: 'planned' as const,
    };
    expect(matchLog([line], [ep5], [], { windowDays: 3 })[0]!.itemId).toBeNull();
  });

  it('done and cancelled items are never proposed', () => {
    const fx = stationFixture();
    const read = readLogFile(Buffer.from(fx.text), fx.fileName, null);
    const items = fx.items.map((i) => (i.id === 'cchc-1' ? { ...i, status: 'done' as const } : i.id === 'cchc-3' ? { ...i, status: 'cancelled' as const } : i));
    const ids = matchLog(read.lines, items, fx.tasks, { windowDays: 3 }).map((p) => p.itemId);
    expect(ids).not.toContain('cchc-1');
    expect(ids).not.toContain('cchc-3');
  });
});

describe('matching is one-to-one and does not depend on the order of the lines (property)', () => {
  const fx = stationFixture();
  const all = readLogFile(Buffer.from(fx.text), fx.fileName, null).lines;
  // Extra lines that compete for the planned items: near-copies of planned titles at other times and days.
  const competitor = fc.record({
    base: fc.constantFrom(...fx.items.map((i) => i.title), 'Tọa đàm chuyển đổi số', 'CCHC', 'Quảng cáo'),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 6, max: 23 }),
    line: fc.integer({ min: 1000, max: 100_000 }),
  });
  const assignment = (ps: Proposal[]) => ps.map((p) => `${lineKey(p.log)}→${p.kind}:${p.itemId ?? ''}:${p.taskId ?? ''}`).sort();

  it('shuffled, subsetted logs with competing lines', () => {
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), fc.array(competitor, { maxLength: 25 }), fc.integer(), (subset, extra, seed) => {
        const extraLines = extra.map((e, i): LogLine => ({
          ...all[0]!,
          line: e.line * 10 + i,
          date: `2026-10-${String(e.day).padStart(2, '0')}`,
          time: `${String(e.hour).padStart(2, '0')}:00`,
          title: e.base,
        }));
        const lines = [...subset, ...extraLines];
        const shuffled = fc.sample(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), { seed, numRuns: 1 })[0]!;
        const a = matchLog(lines, fx.items, fx.tasks, { windowDays: 3 });
        const b = matchLog(shuffled, fx.items, fx.tasks, { windowDays: 3 });
        expect(assignment(b)).toEqual(assignment(a));
        const items = a.filter((p) => p.itemId).map((p) => p.itemId);
        expect(new Set(items).size).toBe(items.length);
        // The output follows the input: one proposal per line, in the order given.
        expect(b.map((p) => p.line)).toEqual(shuffled.map((l) => l.line));
      }),
      { numRuns: 60 },
    );
  });
});
