import { PATH } from '../../lib/reports';
import { stageName } from '../../lib/reports/labels';

/**
 * The first paint of a large pipeline: creators at each stage now, read from the stage index, while the
 * whole history loads for the rest of the report. Nothing is estimated: the other columns wait.
 */
export function FunnelNow({ counts }: { counts: Record<string, number> }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <section data-scout="funnel" aria-label="Funnel" aria-busy="true">
      <h2 className="mb-2 mt-4 font-semibold">Funnel ({total} creators; {counts.declined ?? 0} declined, {counts.not_a_fit ?? 0} not a fit)</h2>
      <table className="mb-1 w-full text-sm">
        <FunnelHead />
        <tbody>
          {PATH.map((s) => (
            <tr key={s} data-stage={s}>
              <th className="py-1 text-left font-normal">{stageName(s)}</th>
              <td className="text-right" data-scout="stage-count">{counts[s] ?? 0}</td>
              <td className="text-right text-slate-400">…</td>
              <td className="text-right text-slate-400">…</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-slate-500">Loading the stage history and outreach of {total} creators for the rest of the report…</p>
    </section>
  );
}

/** The funnel table's column headings, shared by the first paint and the full report (`bar`: a chart column). */
export function FunnelHead({ bar = false }: { bar?: boolean }) {
  return (
    <thead>
      <tr className="border-b text-left">
        <th className="w-32 font-medium">Stage</th>
        <th className="w-24 text-right font-medium">At this stage now</th>
        <th className="w-24 text-right font-medium">Reached at least</th>
        <th className="w-28 text-right font-medium">Conversion from step before</th>
        {bar && <th />}
      </tr>
    </thead>
  );
}
