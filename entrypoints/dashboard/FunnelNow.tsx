import { wholeNumber } from '../../lib/format';
import { t, tn } from '../../lib/i18n/t';
import { PATH } from '../../lib/reports';
import { stageName } from '../../lib/reports/labels';
import { ui } from '../../components/ui';

/** The funnel's heading: creators in it, and how many of them declined or were not a fit. */
export function FunnelTitle({ total, declined, notAFit }: { total: number; declined: number; notAFit: number }) {
  return <h2 className={ui.sectionTitle}>{tn('dashboard.funnel.title', total, { declined, notAFit })}</h2>;
}

/**
 * The first paint of a large pipeline: creators at each stage now, read from the stage index, while the
 * whole history loads for the rest of the report. Nothing is estimated: the other columns wait.
 */
export function FunnelNow({ counts }: { counts: Record<string, number> }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <section data-scout="funnel" aria-label={t('dashboard.funnel.label')} aria-busy="true" className={ui.section}>
      <FunnelTitle total={total} declined={counts.declined ?? 0} notAFit={counts.not_a_fit ?? 0} />
      <table className="mb-1 w-full text-sm">
        <FunnelHead />
        <tbody>
          {PATH.map((s) => (
            <tr key={s} data-stage={s} className="border-b border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">{stageName(s)}</th>
              <td className="text-right tabular-nums" data-scout="stage-count">{wholeNumber(counts[s] ?? 0)}</td>
              <td className="text-right text-slate-600">…</td>
              <td className="text-right text-slate-600">…</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={ui.hint} role="status">{tn('dashboard.funnel.loading', total)}</p>
    </section>
  );
}

/** The funnel table's column headings, shared by the first paint and the full report (`bar`: a chart column). */
export function FunnelHead({ bar = false }: { bar?: boolean }) {
  return (
    <thead>
      <tr className="border-b border-slate-200 text-left text-slate-700">
        <th scope="col" className="w-32 py-1 font-medium">{t('dashboard.col.stage')}</th>
        <th scope="col" className="w-24 text-right font-medium">{t('dashboard.col.atStageNow')}</th>
        <th scope="col" className="w-24 text-right font-medium">{t('dashboard.col.reachedAtLeast')}</th>
        <th scope="col" className="w-28 text-right font-medium">{t('dashboard.col.conversion')}</th>
        {bar && <th scope="col"><span className="sr-only">{t('dashboard.funnel.barColumn')}</span></th>}
      </tr>
    </thead>
  );
}
