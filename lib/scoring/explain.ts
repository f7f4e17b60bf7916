import { CHANNEL_LABEL, type Channel } from '../model/outreach';
import { t, tn, uiLocale, type MessageKey } from '../i18n/t';
import { na } from '../format';
import { MODEL_CHANNELS, type FeatureGroup } from './features';

export type Outcome = 'replied' | 'posted' | 'sold';

/** How much one group of inputs moves the prediction, and which way. */
export interface Effect {
  group: FeatureGroup;
  /** Spread (standard deviation) of the group's part of the log-odds over the team's creators. */
  importance: number;
  /** +1: more of it goes with the outcome; -1: with its absence. */
  direction: 1 | -1;
  /** False when the team's data never shows this input (e.g. no brand keywords set): nothing can be said of it. */
  measured: boolean;
}

/** An input group as a recruiter names it, in the reader's language ("view rate"). */
const word = (g: FeatureGroup) => t(`options.explain.group.${g}`);
/** One sentence per outcome and pattern: the noun ("replies") and its grammar belong to the sentence, not to a slot. */
const say = (outcome: Outcome, pattern: 'none' | 'same' | 'more' | 'only' | 'rise' | 'fall' | 'best', values?: Record<string, string | number>) =>
  t(`options.explain.${outcome}.${pattern}` as MessageKey, values);

/** An AUC with two decimals in the reader's notation (0.74 / 0,74); "not available" when it could not be measured. */
export function formatAuc(x: number): string {
  return Number.isFinite(x) ? new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x) : na();
}

/**
 * The model in words, most important first: "For replies in your data, engagement counts 2.1× more
 * than reach", which way the strong inputs push, what barely matters, and the best channel. In the
 * reader's language.
 */
export function explainEffects(outcome: Outcome, effects: Effect[], channelWeights: number[]): string[] {
  const ranked = effects.filter((e) => e.measured).sort((a, b) => b.importance - a.importance || a.group.localeCompare(b.group));
  const top = ranked[0];
  if (!top || top.importance < 1e-6) return [say(outcome, 'none')];
  const out: string[] = [];
  const second = ranked[1];
  if (second && second.importance >= 0.1 * top.importance) {
    const ratio = top.importance / second.importance;
    out.push(
      ratio < 1.15
        ? say(outcome, 'same', { first: word(top.group), second: word(second.group) })
        : say(outcome, 'more', { first: word(top.group), ratio: Math.round(ratio * 10) / 10, second: word(second.group) }),
    );
  } else out.push(say(outcome, 'only', { first: word(top.group) }));
  for (const e of ranked) {
    if (e.group === 'channel' || e.importance < 0.25 * top.importance) continue;
    out.push(say(outcome, e.direction > 0 ? 'rise' : 'fall', { input: word(e.group) }));
  }
  const barely = ranked.filter((e) => e.importance < 0.1 * top.importance).map((e) => word(e.group));
  if (barely.length) out.push(cap(tn('options.explain.barely', barely.length, { list: list(barely) })));
  const channel = ranked.find((e) => e.group === 'channel');
  if (channel && channel.importance >= 0.25 * top.importance) {
    let best = 0;
    for (let i = 1; i < channelWeights.length; i++) if (channelWeights[i]! > channelWeights[best]!) best = i;
    out.push(say(outcome, 'best', { channel: CHANNEL_LABEL[MODEL_CHANNELS[best] as Channel] }));
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toLocaleUpperCase(uiLocale()) + s.slice(1);
function list(xs: string[]): string {
  try {
    return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(xs);
  } catch {
    return xs.join(', ');
  }
}
