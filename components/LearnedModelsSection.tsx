import { useCallback, useEffect, useState } from 'react';
import type { ScoutDB } from '../storage/db';
import { readLearned, type LearnedState } from '../storage/learned-models';
import { teamSettingsRepo } from '../storage/team-settings';
import type { ScoreModelChoice } from '../lib/model/team-settings';
import type { ModelData, Outcome } from '../lib/scoring/learn';

const TITLE: Record<Outcome, string> = { replied: 'Replies', posted: 'Posted a video', sold: 'Sales (GMV > 0)' };
const auc = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

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
    setStatus(choice === 'learned' ? 'The team now uses the learned score where it is trusted' : 'The team now uses the default score');
    await load();
  };
  const refitNow = async () => {
    setStatus('Fitting…');
    try {
      await refit();
      await load();
      setStatus('Fitted');
    } catch (e) {
      setStatus(`Could not fit: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const models = state?.cache?.models ?? [];
  return (
    <section data-scout="learned-models" className="rounded border border-slate-200 p-3 text-sm">
      <h2 className="font-semibold">Learned score</h2>
      <p className="text-xs text-slate-600">
        Fitted from your team's outcomes (who replied, posted, sold) against the figures known at first contact. Used only where it ranks
        creators better than the default score on your own data.
      </p>
      <fieldset className="mt-2 flex gap-4 text-sm">
        <legend className="sr-only">Score the team uses</legend>
        {(['default', 'learned'] as const).map((c) => (
          <label key={c}>
            <input type="radio" name="score-model" value={c} checked={(state?.choice ?? 'default') === c} onChange={() => void choose(c)} />{' '}
            {c === 'default' ? 'Default score' : 'Learned score (when trusted)'}
          </label>
        ))}
      </fieldset>
      {models.length ? (
        <table className="mt-2 w-full text-xs">
          <thead>
            <tr className="text-left text-slate-500">
              <th>Outcome</th>
              <th>Creators (yes / no)</th>
              <th>Learned AUC</th>
              <th>Default AUC</th>
              <th>Used</th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <ModelRow key={m.outcome} m={m} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-xs text-slate-500">No outcomes recorded yet: log outreach, replies, samples and performance to learn from.</p>
      )}
      <div className="mt-2 flex items-center gap-2">
        <button type="button" className="rounded border border-slate-300 px-2 py-0.5 text-xs" onClick={() => void refitNow()}>
          Refit now
        </button>
        {state?.cache && <span className="text-xs text-slate-500">fitted {state.cache.fittedAt.slice(0, 16).replace('T', ' ')}</span>}
        {status && <span role="status" className="text-xs">{status}</span>}
      </div>
    </section>
  );
}

function ModelRow({ m }: { m: ModelData }) {
  return (
    <>
      <tr data-outcome={m.outcome} className="border-t border-slate-100">
        <td className="font-medium">{TITLE[m.outcome]}</td>
        <td>
          {m.positives} / {m.negatives}
        </td>
        <td data-scout="learned-auc">{auc(m.auc)}</td>
        <td data-scout="default-auc">{auc(m.defaultAuc)}</td>
        <td>{m.trusted ? 'learned' : 'default'}</td>
      </tr>
      <tr>
        <td colSpan={5} className="pb-2 text-slate-600">
          <p>{m.reason}</p>
          {m.explain.length > 0 && (
            <ul className="list-disc pl-4">
              {m.explain.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </td>
      </tr>
    </>
  );
}
