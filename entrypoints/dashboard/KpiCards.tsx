import { decimal, percent, wholeNumber } from '../../lib/format';
import { t } from '../../lib/i18n/t';
import { change, kpis, money, type Kpi } from '../../lib/reports/labels';
import type { Report } from '../../lib/reports';
import { ui } from '../../components/ui';
import { rich } from './rich';

function show(k: Kpi, v: number | undefined, currency: string): string {
  if (v === undefined) return '–';
  if (k.kind === 'percent') return percent(v);
  if (k.kind === 'hours') return t('dashboard.kpi.hoursValue', { hours: decimal(v, 1) });
  if (k.kind === 'money') return money(v, currency);
  return wholeNumber(v);
}

// A minus sign (U+2212), not a hyphen: it reads as one and lines up with the plus.
const SIGN = (d: number) => (d > 0 ? '+' : d < 0 ? '\u2212' : '±');

function delta(k: Kpi, currency: string): string {
  const d = change(k);
  if (d === undefined) return '';
  const abs = Math.abs(d);
  const body = k.kind === 'percent' ? t('dashboard.kpi.points', { points: decimal(abs, 1) }) : k.kind === 'hours' ? t('dashboard.kpi.hoursValue', { hours: decimal(abs, 2) }) : k.kind === 'money' ? money(abs, currency) : wholeNumber(abs);
  return `${SIGN(d)}${body}`;
}

/** The weekly headline: each figure of the period, the previous period's, and the change. */
export function KpiCards({ report, previous, currency }: { report: Report; previous?: Report; currency: string }) {
  return (
    <section aria-labelledby="kpi-title" className={ui.section}>
      <h2 id="kpi-title" className={ui.sectionTitle}>{t('dashboard.kpi.title')}</h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {kpis(report, previous).map((k) => (
          <div key={k.key} data-scout="kpi" data-kpi={k.key} className={`${ui.card} space-y-1 p-3`}>
            <div className={ui.meta}>{k.label}</div>
            <div className={ui.bigNumber} data-part="value">{show(k, k.value, currency)}</div>
            {previous && (
              <div className={ui.meta}>
                {rich('dashboard.kpi.versus', {
                  change: <span data-part="change" className="font-medium text-slate-800">{delta(k, currency)}</span>,
                  previous: <span data-part="previous">{show(k, k.previous, currency)}</span>,
                })}
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
