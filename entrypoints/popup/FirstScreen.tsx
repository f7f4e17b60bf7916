import type { PipelineFilter } from '../../lib/pipeline/view';
import type { PipelineRow } from '../../lib/pipeline/row';
import { PipelinePanel } from './PipelinePanel';
import { PopupFrame } from './PopupFrame';

const NO_FILTER: PipelineFilter = { query: '', dueOnly: false };

/** The pipeline's first rows in the app's own layout, controls disabled, until the app replaces it. */
export function FirstScreen({ rows }: { rows: PipelineRow[] }) {
  return (
    <PopupFrame tab="pipeline">
      <section className="space-y-2 p-3">
        <PipelinePanel total={rows.length} visible={rows} complete={false} filter={NO_FILTER} sort="updated" selected={new Set()} owners={[]} lists={[]} />
      </section>
    </PopupFrame>
  );
}
