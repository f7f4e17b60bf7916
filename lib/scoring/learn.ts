import type { ScoreSettings } from '../model/score';
import { scoreDetailed, type ScoreInput, type Scored } from './index';
import { FEATURE_COUNT, FEATURE_LAYOUT, FEATURES, MODEL_CHANNELS, writeFeatures, type FeatureGroup } from './features';
import { auc, fitLogistic, predictRow, standardiser, standardRow, type Logistic, type Standardiser } from './logistic';
import { explainEffects, formatAuc, type Effect, type Outcome } from './explain';
import { t, type MessageKey } from '../i18n/t';

export type { Outcome } from './explain';
export const OUTCOMES = ['replied', 'posted', 'sold'] as const satisfies readonly Outcome[];

/** One contacted creator: what we knew at first contact and what followed. An absent outcome is unknown, not false. */
export interface OutcomeExample {
  input: ScoreInput;
  replied?: boolean;
  posted?: boolean;
  sold?: boolean;
  /** The channel of the first contact (tiktok_dm, email, seller_center_invite…). */
  channel?: string;
}

export interface LearnOptions {
  /** Cross-validation folds (default 5). */
  folds?: number;
  /** L2 penalty on standardised weights (default 1). */
  lambda?: number;
  /** Newton steps per fit (default 8). */
  iterations?: number;
  /** Positives and negatives each needed before a model may be trusted (default 30). */
  minEach?: number;
}

/** Everything a fitted model is, as plain data: cached, synced to the panel, rebuilt by modelFromData. */
export interface ModelData {
  outcome: Outcome;
  trusted: boolean;
  reason: string;
  n: number;
  positives: number;
  negatives: number;
  /** Cross-validated ROC AUC of the learned model; NaN when it could not be measured. */
  auc: number;
  /** ROC AUC of the default score on the same examples. */
  defaultAuc: number;
  explain: string[];
  effects: Effect[];
  layout: string;
  mean: number[];
  sd: number[];
  intercept: number;
  weights: number[];
}

export interface OutcomeModel extends ModelData {
  /**
   * Probability (0..1) of the outcome for a creator, optionally for a given first-contact channel; pass
   * the creator's scoreDetailed when you have it, so the score is not computed twice.
   */
  predict(input: ScoreInput, channel?: string, scored?: Scored): number;
}

export type LearnedModels = Partial<Record<Outcome, OutcomeModel>>;

const DEFAULTS: Required<LearnOptions> = { folds: 5, lambda: 1, iterations: 8, minEach: 30 };

/**
 * Why a model is trusted or not, in the reader's language, from its plain data: the fit writes it into
 * `reason`, and pages that show a cached model call it again so the text follows the reader's language.
 */
export function modelReason(m: Pick<ModelData, 'outcome' | 'positives' | 'negatives' | 'auc' | 'defaultAuc' | 'n' | 'trusted' | 'layout'>, minEach = DEFAULTS.minEach): string {
  if (m.layout !== FEATURE_LAYOUT) return t('options.learn.outdated');
  if (m.positives < minEach || m.negatives < minEach) return t(`options.learn.notEnough.${m.outcome}` as MessageKey, { yes: m.positives, no: m.negatives, min: minEach });
  if (!m.trusted) return t('options.learn.notBetter', { auc: formatAuc(m.auc), defaultAuc: formatAuc(m.defaultAuc) });
  return t('options.learn.trusted', { auc: formatAuc(m.auc), defaultAuc: formatAuc(m.defaultAuc), count: m.n });
}

/** What a model learned, in the reader's language, from its plain data (as `explain` holds it). */
export function modelExplain(m: Pick<ModelData, 'outcome' | 'positives' | 'negatives' | 'effects' | 'weights'>): string[] {
  if (!m.positives || !m.negatives) return [];
  return explainEffects(m.outcome, m.effects, channelWeightsOf(m.weights));
}

const channelWeightsOf = (weights: readonly number[]) => MODEL_CHANNELS.map((c) => weights[FEATURES.findIndex((f) => f.name === `channel.${c}`)] ?? 0);

/**
 * Fit one regularised logistic regression per outcome that has labels (DESIGN §6, learn.ts): pure and
 * deterministic. `auc` is cross-validated (stratified folds in the examples' order) and `defaultAuc` is
 * the default score's on the same examples; a model is trusted only with enough of both classes and
 * when it ranks better than the default score.
 */
export function learnFromOutcomes(examples: readonly OutcomeExample[], settings: ScoreSettings = {}, options: LearnOptions = {}): LearnedModels {
  const opts = { ...DEFAULTS, ...options };
  const p = FEATURE_COUNT;
  const x = new Float64Array(examples.length * p);
  const defaults = new Float64Array(examples.length);
  for (let i = 0; i < examples.length; i++) {
    const e = examples[i]!;
    const scored = scoreDetailed(e.input, settings);
    writeFeatures(e.input, e.channel, settings, x, i * p, scored);
    defaults[i] = scored.result.score;
  }
  const out: LearnedModels = {};
  for (const outcome of OUTCOMES) {
    const rows: number[] = [];
    const y = new Uint8Array(examples.length);
    for (let i = 0; i < examples.length; i++) {
      const label = examples[i]![outcome];
      if (label === undefined) continue;
      rows.push(i);
      y[i] = label ? 1 : 0;
    }
    if (!rows.length) continue;
    out[outcome] = modelFromData(fitOutcome(outcome, x, p, y, rows, defaults, opts), settings);
  }
  return out;
}

function fitOutcome(outcome: Outcome, x: Float64Array, p: number, y: Uint8Array, rows: number[], defaults: Float64Array, opts: Required<LearnOptions>): ModelData {
  const positives = rows.reduce((s, r) => s + y[r]!, 0);
  const negatives = rows.length - positives;
  const labels = rows.map((r) => y[r]!);
  const defaultAuc = auc(rows.map((r) => defaults[r]!), labels);
  const s = standardiser(x, p, rows);
  const base = (positives + 0.5) / (rows.length + 1);
  const model: Logistic = positives && negatives ? fitLogistic(x, p, y, rows, s, opts) : { intercept: Math.log(base / (1 - base)), weights: new Array<number>(p).fill(0) };
  const folds = Math.min(opts.folds, positives, negatives);
  let cvAuc = NaN;
  if (folds >= 2) {
    // Stratified: positives and negatives are dealt to the folds in turn, so every fold has both.
    const fold = new Int32Array(rows.length);
    let dp = 0;
    let dn = 0;
    for (let i = 0; i < rows.length; i++) fold[i] = labels[i] ? dp++ % folds : dn++ % folds;
    const oof = new Float64Array(rows.length);
    const raw = new Float64Array(p);
    for (let f = 0; f < folds; f++) {
      const train = rows.filter((_, i) => fold[i] !== f);
      const fs = standardiser(x, p, train);
      const m = fitLogistic(x, p, y, train, fs, opts, model);
      for (let i = 0; i < rows.length; i++) {
        if (fold[i] !== f) continue;
        raw.set(x.subarray(rows[i]! * p, rows[i]! * p + p));
        oof[i] = predictRow(m, fs, raw);
      }
    }
    cvAuc = auc(oof, labels);
  }
  const effects = effectsOf(model, x, p, rows, s);
  const trusted = positives >= opts.minEach && negatives >= opts.minEach && cvAuc > defaultAuc;
  const facts = { outcome, positives, negatives, auc: cvAuc, defaultAuc, n: rows.length, trusted, layout: FEATURE_LAYOUT };
  const reason = modelReason(facts, opts.minEach);
  return {
    outcome,
    trusted,
    reason,
    n: rows.length,
    positives,
    negatives,
    auc: cvAuc,
    defaultAuc,
    explain: modelExplain({ outcome, positives, negatives, effects, weights: model.weights }),
    effects,
    layout: FEATURE_LAYOUT,
    mean: s.mean,
    sd: s.sd,
    intercept: model.intercept,
    weights: model.weights,
  };
}

// The figure a recruiter means by each group's name: its effect is how the model's log-odds move with it.
const PRIMARY: Record<Exclude<FeatureGroup, 'channel'>, string> = {
  reach: 'log10Followers',
  engagement: 'log10EngagementRate',
  viewRate: 'log10ViewRate',
  activity: 'component.activity',
  commerce: 'component.commerce',
  fit: 'component.fit',
};

/**
 * How much each group moves the prediction, in log-odds per standard deviation of its figure, and which
 * way. Measured on the whole model (the slope of the log-odds along the figure), not on the group's own
 * weights: the engagement component also reads the tier, so weights split one effect between groups.
 * The channel has no single figure: its effect is the spread of its part of the log-odds.
 */
function effectsOf(model: Logistic, x: Float64Array, p: number, rows: number[], s: Standardiser): Effect[] {
  const groups = [...new Set(FEATURES.map((f) => f.group))];
  const primary = groups.map((g) => (g === 'channel' ? -1 : FEATURES.findIndex((f) => f.name === PRIMARY[g])));
  const z = new Float64Array(p);
  const n = Math.max(rows.length, 1);
  const logit = new Float64Array(rows.length);
  const channel = new Float64Array(rows.length);
  const zs = primary.map(() => new Float64Array(rows.length));
  rows.forEach((r, i) => {
    standardRow(x, p, r, s, z);
    for (let j = 0; j < p; j++) {
      const part = model.weights[j]! * z[j]!;
      logit[i]! += part;
      if (FEATURES[j]!.group === 'channel') channel[i]! += part;
    }
    primary.forEach((j, g) => j >= 0 && (zs[g]![i] = z[j]!));
  });
  const mean = (a: Float64Array) => a.reduce((t, v) => t + v, 0) / n;
  const cov = (a: Float64Array, b: Float64Array) => {
    const ma = mean(a);
    const mb = mean(b);
    let t = 0;
    for (let i = 0; i < a.length; i++) t += (a[i]! - ma) * (b[i]! - mb);
    return t / n;
  };
  return groups.map((group, g) => {
    if (primary[g]! < 0) {
      const spread = Math.sqrt(cov(channel, channel));
      return { group, importance: spread, direction: 1 as const, measured: spread > 0 };
    }
    const v = cov(zs[g]!, zs[g]!);
    const c = v > 1e-12 ? cov(logit, zs[g]!) / Math.sqrt(v) : 0;
    return { group, importance: Math.abs(c), direction: c >= 0 ? (1 as const) : (-1 as const), measured: v > 1e-12 };
  });
}

// The features of the last creator predicted: the reply, post and sale models of one creator share them.
const shared = new Float64Array(FEATURE_COUNT);
let sharedFor: Scored | undefined;
let sharedChannel: string | undefined;
let sharedSettings: ScoreSettings | undefined;

function featuresFor(input: ScoreInput, channel: string | undefined, settings: ScoreSettings, scored: Scored | undefined): Float64Array {
  if (!scored || scored !== sharedFor || channel !== sharedChannel || settings !== sharedSettings) {
    writeFeatures(input, channel, settings, shared, 0, scored ?? scoreDetailed(input, settings));
    sharedFor = scored;
    sharedChannel = channel;
    sharedSettings = settings;
  }
  return shared;
}

/** A model from its plain data (as cached or synced); a model fitted on another feature layout predicts nothing and is not trusted. */
export function modelFromData(data: ModelData, settings: ScoreSettings = {}): OutcomeModel {
  const current = data.layout === FEATURE_LAYOUT;
  const s: Standardiser = { mean: data.mean, sd: data.sd };
  const m: Logistic = { intercept: data.intercept, weights: data.weights };
  return {
    ...data,
    trusted: data.trusted && current,
    reason: current ? data.reason : t('options.learn.outdated'),
    predict(input: ScoreInput, channel?: string, scored?: Scored): number {
      if (!current) return NaN;
      return predictRow(m, s, featuresFor(input, channel, settings, scored));
    },
  };
}
