import type { CheckProblem as ReportedProblem, CheckResult as ReportedResult } from '../../../shared/contract/backup';

/** One thing `ltt check` found wrong, as the contract reports it, with the codes the core gives. */
export interface CheckProblem extends ReportedProblem {
  code:
    | 'integrity'
    | 'foreign_key'
    | 'changelog_missing'
    | 'changelog_mismatch'
    | 'changelog_hash'
    | 'changelog_seq_gap'
    | 'winner_not_latest'
    | 'materialised_mismatch'
    | 'materialised_missing'
    | 'materialised_orphan'
    | 'derived_mismatch'
    | 'schema';
}

export interface CheckResult extends ReportedResult {
  problems: CheckProblem[];
}

/** Report at most this many problems of one kind, plus one line with how many more there were. */
const MAX_PER_CODE = 50;

export class ProblemList {
  readonly items: CheckProblem[] = [];
  private readonly counts = new Map<string, number>();

  add(problem: CheckProblem): void {
    const n = (this.counts.get(problem.code) ?? 0) + 1;
    this.counts.set(problem.code, n);
    if (n <= MAX_PER_CODE) this.items.push(problem);
  }

  finish(): CheckProblem[] {
    const out = [...this.items];
    for (const [code, n] of this.counts) {
      if (n > MAX_PER_CODE) {
        out.push({ code: code as CheckProblem['code'], message: `Còn ${n - MAX_PER_CODE} vấn đề cùng loại (${code}) không liệt kê.`, details: { total: n } });
      }
    }
    return out;
  }
}
