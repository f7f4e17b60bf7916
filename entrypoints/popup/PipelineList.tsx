import { useLiveQuery } from '../../components/useLiveQuery';
import type { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { pipelineExportRows, PIPELINE_CSV_COLUMNS } from '../../storage/export';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import { shortDate } from '../../lib/format';
import { toCsv } from '../../lib/csv';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The pipeline, most recently touched first, read live from IndexedDB by index. */
export function PipelineList({ db }: { db: ScoutDB }) {
  const rows = useLiveQuery(() => pipelineRepo.firstPage(db, 50), [db], undefined);
  const total = useLiveQuery(() => pipelineRepo.count(db), [db], 0);
  return (
    <section className="p-3">
      <div className="mb-2 flex items-center justify-between">
        <h2 className="text-sm font-semibold">Pipeline ({total})</h2>
        <button data-scout="export-csv" type="button" className="rounded border border-slate-300 px-2 py-0.5 text-xs"
          onClick={async () => download(`creator-scout-pipeline-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(await pipelineExportRows(db), PIPELINE_CSV_COLUMNS))}>
          Export CSV
        </button>
      </div>
      {rows === undefined ? (
        <p className="text-xs text-slate-500">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="text-xs text-slate-500">No creators yet. Open a TikTok profile and press "Add to pipeline".</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rows.map((e) => (
            <li key={e.handle} data-scout="row" data-handle={e.handle} className="flex items-center justify-between py-1 text-xs">
              <span className="font-medium">@{e.handle}</span>
              <span className="text-slate-500">{e.score ?? '–'}</span>
              <span data-scout="row-stage">{STAGE_LABEL[e.stage]}</span>
              <span className="text-slate-500">{e.owner || '—'}</span>
              <span className="text-slate-500">{e.nextFollowUpAt ? `follow up ${shortDate(e.nextFollowUpAt)}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
