/**
 * Delay before retry number `failures` (1, 2, …): exponential from 5 s, capped at 30 min, with full
 * jitter between half and all of it so a team's clients do not retry in step after an outage.
 */
export function backoffMs(failures: number, random: number): number {
  const base = Math.min(30 * 60_000, 5000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.5 + 0.5 * random));
}
