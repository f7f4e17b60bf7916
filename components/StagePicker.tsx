import { STAGES, STAGE_LABEL, type Stage } from '../lib/model/pipeline';
import { t } from '../lib/i18n/t';

export function StagePicker({ value, onChange, disabled }: { value: Stage | undefined; onChange: (s: Stage) => void; disabled?: boolean }) {
  return (
    <select
      data-scout="stage"
      aria-label={t('popup.panel.stage')}
      className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-900"
      value={value ?? ''}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as Stage)}
    >
      {value === undefined && <option value="">{t('popup.panel.notInPipeline')}</option>}
      {STAGES.map((s) => (
        <option key={s} value={s}>
          {STAGE_LABEL[s]}
        </option>
      ))}
    </select>
  );
}
