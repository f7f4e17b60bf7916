/** One JSON line per figure (DESIGN §9). */
export function report(name: string, value: number, unit: string, budget: number): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit, budget }));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
