import { useCallback, useEffect, useState } from 'react';
import type { ScoutDB } from '../storage/db';
import { readLearned, type LearnedState } from '../storage/learned-models';
import { teamSettingsRepo } from '../storage/team-settings';
import type { ScoreModelChoice } from '../lib/model/team-settings';
import { modelExplain, modelReason, type ModelData, type Outcome } from '../lib/scoring/learn';
import { formatAuc } from '../lib/scoring/explain';
import { dateTime, wholeNumber } from '../lib/format';
import { t } from '../lib/i18n/t';
import { EmptyState } from './EmptyState';
import { Icon } from './Icon';
import { ui } from './ui';

const title = (o: Outcome) => t(`options.learned.outcome.${o}`);

export interface LearnedModelsSectionProps {
  db: ScoutDB;
  /** Ask the background to refit now (fitting never runs on this page). */
  refit: () => Promise<unknown>;
  now?: () => Date;
}

/**
 * The team's learned score beside the default one: per outcome, both cross-validated AUCs, whether the
 * learned model is trusted and why, what it learned in words; and the team-wide choice (synced).
 * One self-contained section: Options and the dashboard place it as they like.
 */
export function LearnedModelsSection({ db, refit, now = () => new Date() }: LearnedModelsSectionProps) {
  const [state, setState] = useState<LearnedState>();
  const [status, setStatus] = useState('');
  const load = useCallback(() => readLearned(db).then(setState), [db]);
  useEffect(() => {
    void load();
  }, [load]);

  const choose = async (choice: ScoreModelChoice) => {
    // Shown at once (a controlled radio would otherwise spring back until the write lands).
    setState((s) => ({ ...s, choice }));
    await teamSettingsRepo.setScoreModel(db, choice, now());
    setStatus(choice === 'learned' ? t('options.learned.nowLearned') : t('options.learned.nowDefault'));
    await load();
  };
  const refitNow = async () => {
    setStatus(t('options.learned.fitting'));
    try {
      await refit();
      await load();
      setStatus(t('options.learned.fitted'));
    } catch (e) {
      setStatus(t('options.learned.fitFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  const models = state?.cache?.models ?? [];
  return (
    <section data-scout="learned-models" aria-labelledby="learned-models-title" className={`${ui.card} ${ui.section}`}>
      <header className="space-y-1">
        <h2 id="learned-models-title" className={`${ui.sectionTitle} flex items-center gap-2`}>
          <Icon name="chart" size={18} className="text-slate-500" />
          {t('options.section.learned.title')}
        </h2>
        <p className={ui.hint}>{t('options.section.learned.hint')}</p>
      </header>
      <fieldset className={`${ui.row} gap-x-4 ${ui.body}`}>
        <legend className="sr-only">{t('options.learned.choice')}</legend>
        {(['default', 'learned'] as const).map((c) => (
          <label key={c} className="inline-flex items-center gap-1.5">
            <input type="radio" name="score-model" value={c} checked={(state?.choice ?? 'default') === c} onChange={() => void choose(c)} />
            {c === 'default' ? t('options.learned.useDefault') : t('options.learned.useLearned')}
          </label>
        ))}
      </fieldset>
      {models.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-xs">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 pr-2 font-medium">{t('options.learned.col.outcome')}</th>
                <th scope="col" className="py-1 pr-2 font-medium">{t('options.learned.col.creators')}</th>
                <th scope="col" className="py-1 pr-2 font-medium">{t('options.learned.col.learnedAuc')}</th>
                <th scope="col" className="py-1 pr-2 font-medium">{t('options.learned.col.defaultAuc')}</th>
                <th scope="col" className="py-1 font-medium">{t('options.learned.col.used')}</th>
              </tr>
            </thead>
            <tbody>
              {models.map((m) => (
                <ModelRow key={m.outcome} m={m} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState icon="chart" compact title={t('options.learned.emptyTitle')} hint={t('options.learned.emptyHint')} />
      )}
      <div className={ui.row}>
        <button type="button" className={ui.buttonSmall} onClick={() => void refitNow()}>
          <Icon name="sync" size={14} />
          {t('options.learned.refit')}
        </button>
        {state?.cache && <span className={ui.meta}>{t('options.learned.fittedAt', { time: dateTime(state.cache.fittedAt) })}</span>}
        {status && <span role="status" data-scout="learned-status" className="text-xs text-slate-800">{status}</span>}
      </div>
    </section>
  );
}

function ModelRow({ m }: { m: ModelData }) {
  // Written again from the model's figures, so the words follow the reader's language, not the fitter's.
  const explain = modelExplain(m);
  return (
    <>
      <tr data-outcome={m.outcome} className="border-t border-slate-100 tabular-nums">
        <th scope="row" className="py-1 pr-2 text-left font-medium">{title(m.outcome)}</th>
        <td className="py-1 pr-2">{t('options.learned.yesNo', { yes: wholeNumber(m.positives), no: wholeNumber(m.negatives) })}</td>
        <td className="py-1 pr-2" data-scout="learned-auc">{formatAuc(m.auc)}</td>
        <td className="py-1 pr-2" data-scout="default-auc">{formatAuc(m.defaultAuc)}</td>
        <td className="py-1">{m.trusted ? t('options.learned.usedLearned') : t('options.learned.usedDefault')}</td>
      </tr>
      <tr>
        <td colSpan={5} className="pb-2 text-slate-600">
          <p>{modelReason(m)}</p>
          {explain.length > 0 && (
            <ul className="list-disc pl-4">
              {explain.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </td>
      </tr>
    </>
  );
}
