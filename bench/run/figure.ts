/** One figure of the bench: a ratio against a baseline measured in the same run, or null with the reason. */
export interface Figure {
  name: string;
  /** The ratio, or null when it could not be measured (then `reason` says why). */
  value: number | null;
  /** Goal as a bound: value must be ≤ max (a cost) or ≥ min (a quality, e.g. precision); null for report-only figures. */
  goal: { max: number; min?: undefined; note?: string } | { min: number; max?: undefined; note?: string } | null;
  reason?: string;
  /** Set for a figure that is a plain measure, not a ratio (e.g. 'ms'). */
  unit?: string;
  /** Numerator and baseline as measured (ms or MB), for the table and BENCHMARKS.md. */
  detail?: string;
}

export function passOf(f: Figure): 'pass' | 'FAIL' | 'n/a' {
  if (f.value === null) return 'n/a';
  if (!f.goal) return 'n/a';
  if (f.goal.min !== undefined) return f.value >= f.goal.min ? 'pass' : 'FAIL';
  return f.value <= f.goal.max ? 'pass' : 'FAIL';
}

/** The goal as printed: "≤ 2", "≥ 0.95". */
export function goalText(f: Figure): string {
  if (!f.goal) return 'report';
  const unit = f.unit ? ` ${f.unit}` : '';
  const bound = f.goal.min !== undefined ? `≥ ${f.goal.min}` : `≤ ${f.goal.max}`;
  return `${bound}${unit}${f.goal.note && !f.unit ? ' (report)' : ''}`;
}

export function missing(name: string, goal: Figure['goal'], reason: string): Figure {
  return { name, value: null, goal, reason };
}

export function ratio(name: string, num: number, base: number, goal: Figure['goal'], unit: string): Figure {
  return {
    name,
    value: base > 0 ? sig(num / base) : null,
    goal,
    detail: `${fmt(num)} ${unit} ÷ ${fmt(base)} ${unit}`,
    ...(base > 0 ? {} : { reason: 'baseline measured as 0' }),
  };
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4);
}

/** Four significant digits: small ratios (a skipped re-import) must not round to 0. */
export function sig(x: number): number {
  return Number(x.toPrecision(4));
}
