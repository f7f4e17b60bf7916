/**
 * The bench's one way to measure and print (DESIGN §9). Every figure is taken with its baseline: the same
 * work done the plainest way, measured in the same run and interleaved with the real measurement, so a
 * loaded or quiet machine moves both and the ratio stays.
 */

export interface Line {
  name: string;
  value: number;
  unit: string;
  /** null where the figure is reported, not budgeted. */
  budget: number | null;
  /** The plainest way to do the same work, same run; null where no such floor exists (sizes). */
  baseline: number | null;
  /** value / baseline; null without a baseline or when the baseline is 0. */
  ratio: number | null;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Build one line; exported so tests can check the shape and the ratio without printing. */
export function line(name: string, value: number, unit: string, budget: number | null, baseline?: number | null): Line {
  const b = baseline ?? null;
  return { name, value: round(value), unit, budget, baseline: b === null ? null : round(b), ratio: b ? round(value / b) : null };
}

/** Print one JSON line per figure. */
export function report(name: string, value: number, unit: string, budget: number | null, baseline?: number | null): void {
  console.log(JSON.stringify(line(name, value, unit, budget, baseline)));
}

export function median(xs: number[]): number {
  if (!xs.length) throw new Error('median of no measurements');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One measurement: returns what it measured (usually ms), sync or async. */
export type Probe = () => number | Promise<number>;

export interface Paired {
  value: number;
  baseline: number;
  values: number[];
  baselines: number[];
}

/**
 * Run `real` and `base` alternately `reps` times after `warmup` unrecorded pairs, swapping which goes first
 * on every repetition so neither always runs on a warmer cache or a quieter moment; medians of each.
 */
export async function interleave(reps: number, real: Probe, base: Probe, warmup = 1): Promise<Paired> {
  const values: number[] = [];
  const baselines: number[] = [];
  for (let i = 0; i < warmup + reps; i++) {
    const first = i % 2 ? base : real;
    const a = await first();
    const b = await (i % 2 ? real : base)();
    if (i < warmup) continue;
    values.push(i % 2 ? b : a);
    baselines.push(i % 2 ? a : b);
  }
  return { value: median(values), baseline: median(baselines), values, baselines };
}

/** Milliseconds `fn` takes (a synchronous piece of work). */
export function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Measure, interleave and print in one call. */
export async function bench(name: string, unit: string, budget: number, reps: number, real: Probe, base: Probe, warmup = 1): Promise<Paired> {
  const r = await interleave(reps, real, base, warmup);
  report(name, r.value, unit, budget, r.baseline);
  return r;
}
