import type { ScoutDB } from '../../storage/db';
import { readQuotaUsage } from '../../storage/quota';
import { useLiveQuery } from '../../components/useLiveQuery';
import { QuotaMeter } from '../../components/QuotaMeter';

/** The weekly Seller Center quota, live from the outreach log (auto-logged and manual alike). */
export function QuotaPanel({ db }: { db: ScoutDB }) {
  const usage = useLiveQuery(() => readQuotaUsage(db, new Date()), [db], undefined);
  return (
    <div className="border-b border-slate-200 px-3 py-1">
      <QuotaMeter usage={usage} />
    </div>
  );
}
