import type { ScoreResult } from '../lib/model/score';
import { t } from '../lib/i18n/t';

/** Each component of the score in words, and what could not be judged. */
export function ScoreBreakdown({ result }: { result: ScoreResult }) {
  return (
    <ul data-scout="breakdown" className="space-y-1 text-xs">
      {result.components.map((c) => (
        <li key={c.key}>
          <div className="flex justify-between font-medium">
            <span>{c.label}</span>
            <span>{Math.round(c.value * 100)}</span>
          </div>
          <div className="h-1 rounded bg-slate-200">
            <div className="h-1 rounded bg-sky-600" style={{ width: `${Math.round(c.value * 100)}%` }} />
          </div>
          <p className="text-slate-600">{c.detail}</p>
        </li>
      ))}
      {result.missing.map((m) => (
        <li key={m.key} className="text-slate-600">
          {t('popup.score.missing', { label: m.label, reason: m.reason })}
        </li>
      ))}
    </ul>
  );
}
