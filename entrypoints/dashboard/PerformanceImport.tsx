import { useState } from 'react';
import { getDb } from '../../storage/db';
import { performanceRepo } from '../../storage/performance';
import { parsePerformanceCsv } from '../../lib/reports/performance';
import type { Performance } from '../../lib/model/collections';

/** Import a Seller Center affiliate performance export: preview, per-row errors, then one transaction. */
export function PerformanceImport() {
  const [parsed, setParsed] = useState<{ rows: Performance[]; errors: { line: number; message: string }[] } | undefined>();
  const [done, setDone] = useState('');
  return (
    <div className="no-print mb-3 text-sm">
      <label>
        Import Seller Center performance CSV (creator, period, GMV, orders, commission):{' '}
        <input data-scout="performance-csv" type="file" accept=".csv,text/csv" onChange={async (e) => { setDone(''); const f = e.target.files?.[0]; setParsed(f ? parsePerformanceCsv(await f.text()) : undefined); }} />
      </label>
      {parsed && (
        <div data-scout="performance-preview" className="mt-1">
          <p>{parsed.rows.length} rows to import, {parsed.errors.length} with errors</p>
          <ul className="text-rose-700">{parsed.errors.slice(0, 20).map((e) => <li key={e.line}>line {e.line}: {e.message}</li>)}</ul>
          <button type="button" data-scout="performance-confirm" disabled={!parsed.rows.length} className="rounded bg-sky-700 px-2 text-white disabled:opacity-50"
            onClick={async () => { const n = await performanceRepo.importRows(getDb(), parsed.rows, new Date()); setParsed(undefined); setDone(`${n} performance rows imported`); }}>
            Import {parsed.rows.length}
          </button>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </div>
  );
}
