import type { ScoreResult } from '../lib/model/score';
import { lowDataNote } from '../lib/scoring/label';
import { fastPercentWhole as percentWhole } from '../lib/i18n/compiled';
import { t } from '../lib/i18n/t';

// The 700 shades: white text on them meets WCAG AA (4.5:1); the 500/600 ones did not.
const band = (s: number) => (s >= 70 ? 'bg-emerald-700' : s >= 45 ? 'bg-amber-700' : 'bg-rose-700');

export function ScoreBadge({ result, size = 'md' }: { result: ScoreResult; size?: 'sm' | 'md' }) {
  const dim = size === 'sm' ? 'h-6 min-w-6 text-xs' : 'h-10 min-w-10 text-lg';
  // The note sits beside the number, never inside it: data-scout="score" holds the integer alone.
  const note = lowDataNote(result);
  return (
    <span className="inline-flex items-center gap-1.5" title={t('popup.score.badgeTitle', { score: result.score, confidence: percentWhole(result.confidence) })}>
      <span data-scout="score" className={`${dim} ${band(result.score)} inline-flex items-center justify-center rounded-full px-1.5 font-bold text-white`}>
        {result.score}
      </span>
      {note && (
        <span data-scout="score-note" className="text-xs leading-tight font-medium text-amber-800">
          · {note}
        </span>
      )}
      {size === 'md' && (
        <span className="text-xs leading-tight text-slate-600">
          {result.tier ? t(`common.tier.${result.tier}`) : t('popup.score.noTier')}
          <br />
          {t('popup.score.sure', { confidence: percentWhole(result.confidence) })}
        </span>
      )}
    </span>
  );
}
