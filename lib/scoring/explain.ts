import { CHANNEL_LABEL, type Channel } from '../model/outreach';
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

const NOUN: Record<Outcome, string> = { replied: 'replies', posted: 'posts', sold: 'sales' };
const WORD: Record<FeatureGroup, string> = {
  reach: 'reach',
  engagement: 'engagement',
  viewRate: 'view rate',
  activity: 'posting activity',
  commerce: 'shop signals',
  fit: 'brand fit',
  channel: 'the channel used',
};
const times = (x: number) => `${Math.round(x * 10) / 10}×`;

/**
 * The model in words, most important first: "For replies in your data, engagement counts 2.1× more
 * than reach", which way the strong inputs push, what barely matters, and the best channel.
 */
export function explainEffects(outcome: Outcome, effects: Effect[], channelWeights: number[]): string[] {
  const noun = NOUN[outcome];
  const ranked = effects.filter((e) => e.measured).sort((a, b) => b.importance - a.importance || a.group.localeCompare(b.group));
  const top = ranked[0];
  if (!top || top.importance < 1e-6) return [`For ${noun} in your data, none of the inputs makes a difference.`];
  const out: string[] = [];
  const second = ranked[1];
  if (second && second.importance >= 0.1 * top.importance) {
    const ratio = top.importance / second.importance;
    out.push(
      ratio < 1.15
        ? `For ${noun} in your data, ${WORD[top.group]} and ${WORD[second.group]} count about the same.`
        : `For ${noun} in your data, ${WORD[top.group]} counts ${times(ratio)} more than ${WORD[second.group]}.`,
    );
  } else out.push(`For ${noun} in your data, ${WORD[top.group]} is what counts.`);
  for (const e of ranked) {
    if (e.group === 'channel' || e.importance < 0.25 * top.importance) continue;
    out.push(e.direction > 0 ? `${cap(noun)} rise with ${WORD[e.group]}.` : `${cap(noun)} fall as ${WORD[e.group]} grows.`);
  }
  const barely = ranked.filter((e) => e.importance < 0.1 * top.importance).map((e) => WORD[e.group]);
  if (barely.length) out.push(`${cap(list(barely))} barely ${barely.length > 1 ? 'matter' : 'matters'}.`);
  const channel = ranked.find((e) => e.group === 'channel');
  if (channel && channel.importance >= 0.25 * top.importance) {
    let best = 0;
    for (let i = 1; i < channelWeights.length; i++) if (channelWeights[i]! > channelWeights[best]!) best = i;
    out.push(`${CHANNEL_LABEL[MODEL_CHANNELS[best] as Channel]} brings the most ${noun} of the channels you used.`);
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
