import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds taken by fn. */
export async function timeIt(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Median of `reps` timed runs after `warmup` untimed ones. */
export async function medianTime(fn: () => unknown, reps: number, warmup = 1): Promise<{ median: number; runs: number[] }> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const runs: number[] = [];
  for (let i = 0; i < reps; i += 1) runs.push(await timeIt(fn));
  return { median: median(runs), runs };
}

/** Medians of two measurements taken alternately (a, b, a, b…), so drifting machine load hits both alike. */
export async function pairedMedians(a: () => unknown, b: () => unknown, reps: number, warmup = 1): Promise<{ a: number; b: number }> {
  for (let i = 0; i < warmup; i += 1) {
    await a();
    await b();
  }
  const ra: number[] = [];
  const rb: number[] = [];
  for (let i = 0; i < reps; i += 1) {
    ra.push(await timeIt(a));
    rb.push(await timeIt(b));
  }
  return { a: median(ra), b: median(rb) };
}
