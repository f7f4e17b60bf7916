const round = (x: number) => Math.round(x * 100) / 100;

/** One JSON line per figure (DESIGN §9), with the same-run baseline and ratio where one is measured. */
export function report(name: string, value: number, unit: string, budget: number, baseline?: number): void {
  const b = baseline === undefined ? {} : { baseline: round(baseline), ratio: baseline ? round(value / baseline) : null };
  console.log(JSON.stringify({ name, value: round(value), unit, budget, ...b }));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
