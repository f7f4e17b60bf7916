import { useEffect, useId, useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { settingsRepo } from '../../storage/settings';
import { SCORE_SETTINGS_KEY } from '../../storage/handlers';
import { COMPONENT_KEYS, ScoreSettings } from '../../lib/model/score';
import { TIERS, type Tier } from '../../lib/model/tier';
import { COMPONENT_LABEL, DEFAULT_TARGET_TIERS, DEFAULT_WEIGHTS } from '../../lib/scoring/defaults';
import { ui } from '../../components/ui';
import { t } from '../../lib/i18n/t';
import { fieldProblem } from './problems';
import { StatusLine } from './Section';

/** The field a settings path names, in the reader's words ("weights.fit" → "Brand fit weight"). */
function fieldName(path: PropertyKey[]): string {
  const [head, key] = path;
  if (head === 'weights' && typeof key === 'string' && key in COMPONENT_LABEL) return t('options.score.weightOf', { component: COMPONENT_LABEL[key as keyof typeof COMPONENT_LABEL] });
  if (head === 'targetTiers') return t('options.score.tiers');
  return t('options.score.keywords');
}

/**
 * Brand keywords, target tiers and (unless `showWeights` is false, as on the welcome page) the
 * component weights; validated with zod before `onSave` gets them.
 */
export function ScoreSettingsForm({ value, onSave, showWeights = true }: { value: ScoreSettings; onSave: (s: ScoreSettings) => Promise<void>; showWeights?: boolean }) {
  const keywordsId = useId();
  const [keywords, setKeywords] = useState('');
  const [tiers, setTiers] = useState<Tier[]>(DEFAULT_TARGET_TIERS);
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ text: string; ok: boolean }>({ text: '', ok: true });
  useEffect(() => {
    setKeywords((value.keywords ?? []).join(', '));
    setTiers(value.targetTiers?.length ? value.targetTiers : DEFAULT_TARGET_TIERS);
    setWeights(Object.fromEntries(COMPONENT_KEYS.map((k) => [k, String(value.weights?.[k] ?? DEFAULT_WEIGHTS[k])])));
  }, [value]);
  const save = async () => {
    const parsed = ScoreSettings.safeParse({
      ...value,
      keywords: keywords.split(',').map((k) => k.trim()).filter(Boolean),
      targetTiers: tiers,
      weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, v.trim() === '' ? NaN : Number(v)])),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setStatus({ text: t('options.notSaved', { problem: fieldProblem(fieldName(issue.path), issue) }), ok: false });
    }
    await onSave(parsed.data);
    setStatus({ text: t('options.score.saved'), ok: true });
  };
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={keywordsId} className={ui.label}>
          {t('options.score.keywords')}
        </label>
        <input id={keywordsId} data-scout="keywords" className={ui.input} value={keywords} onChange={(e) => setKeywords(e.target.value)} placeholder={t('options.score.keywordsExample')} />
        <p className={`${ui.hint} mt-1`}>{t('options.score.keywordsHint')}</p>
      </div>
      <fieldset>
        <legend className={ui.label}>{t('options.score.tiers')}</legend>
        <div className={`${ui.row} mt-1 gap-x-4`}>
          {TIERS.map((tier) => (
            <label key={tier} className={`${ui.body} inline-flex items-center gap-1.5`}>
              <input type="checkbox" checked={tiers.includes(tier)} onChange={(e) => setTiers(e.target.checked ? [...tiers, tier] : tiers.filter((x) => x !== tier))} />
              {t(`common.tier.${tier}`)}
            </label>
          ))}
        </div>
        <p className={`${ui.hint} mt-1`}>{t('options.score.tiersHint')}</p>
      </fieldset>
      {showWeights && (
        <fieldset>
          <legend className={ui.label}>{t('options.score.weights')}</legend>
          <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-3">
            {COMPONENT_KEYS.map((k) => (
              <label key={k} className={ui.body}>
                {t('options.score.weightOf', { component: COMPONENT_LABEL[k] })}
                <input type="number" step="0.05" min="0" max="10" className={ui.input} value={weights[k] ?? ''} onChange={(e) => setWeights({ ...weights, [k]: e.target.value })} />
              </label>
            ))}
          </div>
          <p className={`${ui.hint} mt-1`}>{t('options.score.weightsHint')}</p>
        </fieldset>
      )}
      <div className="space-y-2">
        <button type="button" className={ui.buttonPrimary} onClick={() => void save()}>
          {t('options.score.save')}
        </button>
        <StatusLine {...status} />
      </div>
    </div>
  );
}

/** The form wired to this computer's settings: what Options and the welcome page show. */
export function ScoreSettingsSection({ db, showWeights = true, onSaved }: { db: ScoutDB; showWeights?: boolean; onSaved?: (s: ScoreSettings) => void }) {
  const [value, setValue] = useState<ScoreSettings>({});
  useEffect(() => {
    void settingsRepo.get(db, SCORE_SETTINGS_KEY, {}).then((v) => setValue(ScoreSettings.safeParse(v).data ?? {}));
  }, [db]);
  return (
    <ScoreSettingsForm
      value={value}
      showWeights={showWeights}
      onSave={async (s) => {
        await settingsRepo.put(db, SCORE_SETTINGS_KEY, s);
        setValue(s);
        onSaved?.(s);
      }}
    />
  );
}
