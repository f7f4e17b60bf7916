/** Display helpers shared by the overlay, popup and dashboard. Missing values read "not available", never 0. */
export const NA = 'not available';

export function compactNumber(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return NA;
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(n >= 1e4 ? 0 : 1)}K`;
  return String(Math.round(n));
}

export function percent(rate: number | undefined): string {
  return rate === undefined || !Number.isFinite(rate) ? NA : `${(rate * 100).toFixed(1)}%`;
}

export function shortDate(iso: string | undefined): string {
  if (!iso) return NA;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? NA : d.toISOString().slice(0, 10);
}
