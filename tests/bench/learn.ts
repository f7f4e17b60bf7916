import { scoreCreator, scoreDetailed } from '../../lib/scoring';
import { learnFromOutcomes, OUTCOMES, type OutcomeExample } from '../../lib/scoring/learn';
import { FEATURE_COUNT, writeFeatures } from '../../lib/scoring/features';
import { syntheticCreator, syntheticTeam } from '../unit/synthetic-team';
import { prng } from '../unit/prng';
import { median, report } from './report';

const ms = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** Medians of `reps` interleaved pairs (after one warm-up pair), alternating which runs first. */
function interleaved(reps: number, real: () => number, base: () => number): [number, number] {
  const r: number[] = [];
  const b: number[] = [];
  for (let i = 0; i <= reps; i++) {
    const [x, y] = i % 2 ? [base(), real()] : [real(), base()];
    if (!i) continue;
    r.push(i % 2 ? y : x);
    b.push(i % 2 ? x : y);
  }
  return [median(r), median(b)];
}

/**
 * score.learned_fit_ms: fitting the outcome models of a team with 20k labelled creators (all three
 * outcomes, cross-validated), as the background does. Baseline: as many plain gradient steps (one pass
 * over the same feature arrays each) as the fit takes Newton steps.
 * score.100k_learned_ms: 100k creators scored with the learned models applied (score plus two predicted
 * chances). Baseline: the default score alone over the same creators.
 */
export function benchLearn(): void {
  const team: OutcomeExample[] = syntheticTeam(11, 20_000).map((e, i) => ({ ...e, posted: i % 4 === 0 ? undefined : !!((i * 7) % 5 === 0), sold: i % 3 ? (i * 13) % 9 === 0 : undefined }));
  const p = FEATURE_COUNT;
  const x = new Float64Array(team.length * p);
  team.forEach((e, i) => writeFeatures(e.input, e.channel, {}, x, i * p));
  // 3 outcomes × (5 folds + the final fit) × 8 Newton steps.
  const passes = 3 * 6 * 8;
  const plainSteps = () => {
    const w = new Float64Array(p);
    const g = new Float64Array(p);
    for (let it = 0; it < passes; it++) {
      g.fill(0);
      for (let i = 0; i < team.length; i++) {
        let eta = 0;
        for (let j = 0; j < p; j++) eta += (x[i * p + j]! || 0) * w[j]!;
        const res = (team[i]!.replied ? 1 : 0) - 1 / (1 + Math.exp(-eta));
        for (let j = 0; j < p; j++) g[j]! += res * (x[i * p + j]! || 0);
      }
      for (let j = 0; j < p; j++) w[j]! += (0.1 * g[j]!) / team.length;
    }
    if (!Number.isFinite(w[0]!)) throw new Error('plain steps diverged');
  };
  let models = learnFromOutcomes(team);
  const [fit, fitBase] = interleaved(
    3,
    () => ms(() => (models = learnFromOutcomes(team))),
    () => ms(plainSteps),
  );
  report('score.learned_fit_ms', fit, 'ms', 2000, fitBase);

  const rand = prng(12);
  const inputs = Array.from({ length: 100_000 }, (_, i) => syntheticCreator(rand, i).input);
  const applied = OUTCOMES.flatMap((o) => (models[o] ? [models[o]] : [])).slice(0, 2);
  const [scored, scoredBase] = interleaved(
    5,
    () =>
      ms(() => {
        let sum = 0;
        for (const input of inputs) {
          const scored = scoreDetailed(input);
          sum += scored.result.score;
          for (const m of applied) sum += m.predict(input, undefined, scored);
        }
        if (!(sum > 0)) throw new Error('scores were all zero');
      }),
    () =>
      ms(() => {
        let sum = 0;
        for (const input of inputs) sum += scoreCreator(input).score;
        if (!(sum > 0)) throw new Error('scores were all zero');
      }),
  );
  report('score.100k_learned_ms', scored, 'ms', 250, scoredBase);
}
