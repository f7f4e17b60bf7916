import type { ScoreSettings } from '../model/score';
import type { ScoreInput, Scored } from './index';
import { t } from '../i18n/t';
import { fastPercentWhole as percentWhole } from '../i18n/compiled';
import { modelFromData, type ModelData, type Outcome } from './learn';


export interface Chance {
  outcome: Outcome;
  /** 0..1 */
  chance: number;
}

/** The predicted chances of a creator under the team's trusted models, in reply, post, sale order. */
export function predictedChances(models: readonly ModelData[], input: ScoreInput, settings: ScoreSettings = {}, scored?: Scored): Chance[] {
  const out: Chance[] = [];
  for (const data of models) {
    const m = modelFromData(data, settings);
    if (!m.trusted) continue;
    const chance = m.predict(input, undefined, scored);
    if (Number.isFinite(chance)) out.push({ outcome: m.outcome, chance });
  }
  const order: Outcome[] = ['replied', 'posted', 'sold'];
  return out.sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
}

/** "reply 34% · post 12%"; empty when no model is trusted. */
export function chancesLabel(chances: readonly Chance[]): string {
  return chances.map((c) => t(c.chance < 0.01 ? `popup.score.chance.${c.outcome}Rare` : `popup.score.chance.${c.outcome}`, { chance: percentWhole(c.chance) })).join(' · ');
}
