/** One JSON line per figure (DESIGN §9); with a baseline measured in the same run, its ratio too. */
export function report(name: string, value: number, unit: string, budget: number, baseline?: number): void {
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const extra = baseline === undefined ? {} : { baseline: r2(baseline), ratio: baseline > 0 ? r2(value / baseline) : null };
  console.log(JSON.stringify({ name, value: r2(value), unit, budget, ...extra }));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
