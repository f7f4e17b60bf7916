import { useEffect, useMemo, useState } from 'react';
import type { Ask } from '../lib/messaging/client';
import type { LearnedReply } from '../lib/messaging/protocol-score';
import type { ExtractedCreator, ExtractedVideo } from '../lib/model/page';
import type { ScoreSettings } from '../lib/model/score';
import { chancesLabel, predictedChances } from '../lib/scoring/chances';
import { t } from '../lib/i18n/t';

export interface PredictedChancesProps {
  creator: ExtractedCreator;
  videos: ExtractedVideo[];
  now?: string;
  settings: ScoreSettings;
  ask: Ask;
}

/**
 * The creator's predicted chances under the team's learned models ("reply 34% · post 12%"), shown when
 * the team chose the learned score and a model is trusted; nothing otherwise.
 */
export function PredictedChances({ creator, videos, now, settings, ask }: PredictedChancesProps) {
  const [learned, setLearned] = useState<LearnedReply>();
  useEffect(() => {
    let live = true;
    ask('score.learned', {}).then((r) => live && setLearned(r)).catch(() => {});
    return () => {
      live = false;
    };
  }, [ask]);
  const label = useMemo(
    () => (learned?.choice === 'learned' ? chancesLabel(predictedChances(learned.models, { creator, videos, now }, settings)) : ''),
    [learned, creator, videos, now, settings],
  );
  if (!label) return null;
  return (
    <p data-scout="chances" className="mt-1 text-xs text-slate-700" title={t('popup.panel.predictedHow')}>
      {t('popup.panel.predicted', { chances: label })}
    </p>
  );
}
