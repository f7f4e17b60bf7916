import { getDb } from '../../storage/db';
import { useLiveQuery } from '../../components/useLiveQuery';
import { STAGES, STAGE_LABEL, type Stage } from '../../lib/model/pipeline';
import { FollowUpsList } from '../../components/FollowUpsList';
import { ask } from '../../lib/messaging/runtime';

/** Creators per stage, counted by index (no table is loaded into memory). */
async function stageCounts(): Promise<Record<Stage, number>> {
  const db = getDb();
  const counts = await Promise.all(STAGES.map((s) => db.pipeline.where('stage').equals(s).count()));
  return Object.fromEntries(STAGES.map((s, i) => [s, counts[i]!])) as Record<Stage, number>;
}

export function App() {
  const counts = useLiveQuery(stageCounts, [], undefined);
  const max = counts ? Math.max(1, ...Object.values(counts)) : 1;
  return (
    <main className="mx-auto max-w-4xl p-6 font-sans text-slate-900">
      <h1 className="mb-4 text-xl font-bold">Creator Scout dashboard</h1>
      <section id="followups" aria-label="Follow-ups" className="mb-6 rounded border border-amber-200 bg-amber-50 p-3">
        <FollowUpsList db={getDb()} daysAhead={7} onChange={() => void ask('reminders.refresh', {}).catch(() => {})} />
      </section>
      <section data-scout="funnel" aria-label="Funnel">
        <h2 className="mb-2 font-semibold">Pipeline funnel</h2>
        {!counts ? (
          <p>Loading…</p>
        ) : (
          <table className="w-full text-sm">
            <tbody>
              {STAGES.map((s) => (
                <tr key={s} data-stage={s}>
                  <th className="w-32 py-1 text-left font-normal">{STAGE_LABEL[s]}</th>
                  <td className="w-12 text-right" data-scout="stage-count">{counts[s]}</td>
                  <td className="pl-3">
                    <div className="h-3 rounded bg-sky-600" style={{ width: `${(100 * counts[s]) / max}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
