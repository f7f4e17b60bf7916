import { useEffect, useState } from 'react';
import { COMPONENT_KEYS, ScoreSettings } from '../../lib/model/score';
import { TIERS, type Tier } from '../../lib/model/tier';
import { COMPONENT_LABEL, DEFAULT_TARGET_TIERS, DEFAULT_WEIGHTS } from '../../lib/scoring/defaults';

/** Brand keywords, target tiers and component weights; validated with zod before they are saved. */
export function ScoreSettingsForm({ value, onSave }: { value: ScoreSettings; onSave: (s: ScoreSettings) => Promise<void> }) {
  const [keywords, setKeywords] = useState('');
  const [tiers, setTiers] = useState<Tier[]>(DEFAULT_TARGET_TIERS);
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  useEffect(() => {
    setKeywords((value.keywords ?? []).join(', '));
    setTiers(value.targetTiers?.length ? value.targetTiers : DEFAULT_TARGET_TIERS);
    setWeights(Object.fromEntries(COMPONENT_KEYS.map((k) => [k, String(value.weights?.[k] ?? DEFAULT_WEIGHTS[k])])));
  }, [value]);
  const save = async () => {
    const parsed = ScoreSettings.safeParse({
      keywords: keywords.split(',').map((k) => k.trim()).filter(Boolean),
      targetTiers: tiers,
      weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Number(v)])),
    });
    if (!parsed.success) return setStatus(`Not saved: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    await onSave(parsed.data);
    setStatus('Saved: open overlays re-score with these settings');
  };
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="font-semibold">Score</legend>
      <label className="block text-sm">
        Brand keywords (comma separated)
        <input data-scout="keywords" className="mt-1 block w-full rounded border px-2 py-1" value={keywords} onChange={(e) => setKeywords(e.target.value)} placeholder="skincare, serum, sensitive skin" />
      </label>
      <div className="text-sm">
        Target tiers:{' '}
        {TIERS.map((t) => (
          <label key={t} className="mr-2">
            <input type="checkbox" checked={tiers.includes(t)} onChange={(e) => setTiers(e.target.checked ? [...tiers, t] : tiers.filter((x) => x !== t))} /> {t}
          </label>
        ))}
      </div>
      <div className="grid grid-cols-3 gap-2 text-sm">
        {COMPONENT_KEYS.map((k) => (
          <label key={k}>
            {COMPONENT_LABEL[k]} weight
            <input type="number" step="0.05" min="0" max="10" className="block w-full rounded border px-2 py-1" value={weights[k] ?? ''} onChange={(e) => setWeights({ ...weights, [k]: e.target.value })} />
          </label>
        ))}
      </div>
      <button type="button" className="rounded bg-sky-700 px-3 py-1 text-sm text-white" onClick={save}>Save score settings</button>
      {status && <p role="status" className="text-sm">{status}</p>}
    </fieldset>
  );
}
