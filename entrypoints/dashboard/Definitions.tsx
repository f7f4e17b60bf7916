import { t, type MessageKey } from '../../lib/i18n/t';
import { ui } from '../../components/ui';

const TERMS = ['period', 'owner', 'funnel', 'responses', 'sends', 'samples', 'gmv'] as const;

/** How every figure is defined (DESIGN §8b), in words a team lead can repeat to the brand. */
export function Definitions() {
  return (
    <details className={`${ui.card} text-sm text-slate-700`} data-scout="definitions">
      <summary className="cursor-pointer font-medium text-slate-900">{t('dashboard.definitions.summary')}</summary>
      <dl className="mt-2 space-y-2">
        {TERMS.map((k) => (
          <div key={k}>
            <dt className="font-semibold text-slate-900">{t(`dashboard.definitions.${k}.term` as MessageKey)}</dt>
            <dd>{t(`dashboard.definitions.${k}.text` as MessageKey)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
