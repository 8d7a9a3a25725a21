/** One thing `ltt check` found wrong. `message` is Vietnamese and names the table/row involved. */
export interface CheckProblem {
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
  message: string;
  details?: Record<string, unknown>;
}

export interface CheckResult {
  ok: boolean;
  problems: CheckProblem[];
  /** Checks that could not run (e.g. on a read-only connection), said in Vietnamese. */
  skipped: string[];
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
