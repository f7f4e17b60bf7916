import { change, hours, kpis, money, percent, type Kpi } from '../../lib/reports/labels';
import type { Report } from '../../lib/reports';

function show(k: Kpi, v: number | undefined, currency: string): string {
  if (v === undefined) return '–';
  if (k.kind === 'percent') return `${percent(v)}%`;
  if (k.kind === 'hours') return `${hours(v)} h`;
  if (k.kind === 'money') return money(v, currency);
  return String(v);
}

function delta(k: Kpi, currency: string): string {
  const d = change(k);
  if (d === undefined) return '';
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const abs = Math.abs(d);
  const body = k.kind === 'percent' ? `${abs} pts` : k.kind === 'hours' ? `${abs} h` : k.kind === 'money' ? money(abs, currency) : String(abs);
  return `${sign}${body}`;
}

/** The weekly headline: each figure of the period, the previous period's, and the change. */
export function KpiCards({ report, previous, currency }: { report: Report; previous?: Report; currency: string }) {
  return (
    <section aria-label="This period" className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
      {kpis(report, previous).map((k) => (
        <div key={k.key} data-scout="kpi" data-kpi={k.key} className="rounded border border-slate-200 p-2">
          <div className="text-xs text-slate-500">{k.label}</div>
          <div className="text-lg font-semibold" data-part="value">{show(k, k.value, currency)}</div>
          {previous && (
            <div className="text-xs text-slate-500">
              <span data-part="change">{delta(k, currency)}</span> vs <span data-part="previous">{show(k, k.previous, currency)}</span>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
