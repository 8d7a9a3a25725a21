import { matchLog } from '../../shared/domain/reconcile';
import { readLogFile } from '../../electron/core/reconcile/readers/read-log';
import { feedFixture, perturbedStationFixture, pressFixture, scoreProposals, stationFixture } from '../../tests/fixtures/reconcile/generate';
import { missing, sig, type Figure } from './figure';

/**
 * `reconcilePrecision` / `reconcileRecall`: the log readers and the matcher (the code `reconcile:preview` runs)
 * on the generated fixtures (a month of a station's as-run log, a newspaper's CSV, an RSS feed) against their
 * expected answers. A proposal is a line given an item (confident or doubtful) or proposed as a new item; it is
 * right when it names the expected item (or the expected task, for a new one). Not ratios: qualities, goal ≥.
 */
export function reconcileFigures(log: (s: string) => void): Figure[] {
  const goals = { precision: { min: 0.95 }, recall: { min: 0.9 } };
  try {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const parts: string[] = [];
    const t0 = performance.now();
    let lines = 0;
    for (const fx of [stationFixture(), pressFixture(), feedFixture(), ...[1, 2, 3, 4, 5].map(perturbedStationFixture)]) {
      const read = readLogFile(Buffer.from(fx.text), fx.fileName, null);
      lines += read.lines.length;
      const s = scoreProposals(fx, matchLog(read.lines, fx.items, fx.tasks, { windowDays: 3 }));
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
      parts.push(`${fx.fileName}: ${s.tp} right, ${s.fp} wrong, ${s.fn} missed`);
    }
    const ms = performance.now() - t0;
    log(`  reconcile: ${lines} lines read and matched in ${ms.toFixed(0)} ms`);
    const detail = `${parts.join('; ')} (${lines} lines, ${ms.toFixed(0)} ms)`;
    return [
      { name: 'reconcilePrecision', value: sig(tp + fp ? tp / (tp + fp) : 1), goal: goals.precision, detail },
      {
        name: 'reconcileRecall',
        value: sig(tp + fn ? tp / (tp + fn) : 1),
        goal: goals.recall,
        detail: `${tp} of ${tp + fn} expected matches and new items proposed rightly`,
      },
    ];
  } catch (e) {
    return [missing('reconcilePrecision', goals.precision, (e as Error).message), missing('reconcileRecall', goals.recall, (e as Error).message)];
  }
}
