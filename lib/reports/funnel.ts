import { STAGES, type Stage } from '../model/pipeline';

/** The recruiting path in order; "declined" and "not a fit" leave it. */
export const PATH: Stage[] = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active'];

export interface FunnelStep {
  stage: Stage;
  /** Creators at this stage now. */
  now: number;
  /** Creators who reached at least this stage (those further along passed through it). */
  reached: number;
  /** reached(this) / reached(previous step); undefined for the first step or an empty previous step. */
  conversion?: number;
}

export function funnel(stageCounts: Partial<Record<Stage, number>>): { steps: FunnelStep[]; declined: number; notAFit: number; total: number } {
  const steps: FunnelStep[] = [];
  let reached = 0;
  for (let i = PATH.length - 1; i >= 0; i--) {
    reached += stageCounts[PATH[i]!] ?? 0;
    steps.unshift({ stage: PATH[i]!, now: stageCounts[PATH[i]!] ?? 0, reached });
  }
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1]!.reached;
    if (prev) steps[i]!.conversion = steps[i]!.reached / prev;
  }
  const total = STAGES.reduce((s, st) => s + (stageCounts[st] ?? 0), 0);
  return { steps, declined: stageCounts.declined ?? 0, notAFit: stageCounts.not_a_fit ?? 0, total };
}
