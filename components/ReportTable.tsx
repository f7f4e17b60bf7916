import { toCsv } from '../lib/csv';
import { download } from './download';

export interface Column<T> {
  key: string;
  label: string;
  value: (row: T) => string | number | undefined;
  /** The exported cell when it differs from the shown one (a handle without its "@", see lib/csv). */
  csv?: (row: T) => string | number | undefined;
}

/** A report table that exports exactly what it shows to CSV. */
export function ReportTable<T>({ name, rows, columns, empty = 'Nothing yet.' }: { name: string; rows: T[]; columns: Column<T>[]; empty?: string }) {
  const exportCsv = () => {
    const data = rows.map((r) => Object.fromEntries(columns.map((c) => [c.label, (c.csv ?? c.value)(r)])));
    download(`creator-scout-${name}-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(data, columns.map((c) => c.label)));
  };
  return (
    <div data-scout={`report-${name}`} className="mb-4">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <table className="w-full text-sm">
          <thead>
            <tr>{columns.map((c) => <th key={c.key} className="border-b text-left font-medium">{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-100">
                {columns.map((c) => <td key={c.key} data-col={c.key}>{c.value(r) ?? '–'}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="no-print mt-1 rounded border px-2 text-xs" onClick={exportCsv} disabled={!rows.length}>Export CSV</button>
    </div>
  );
}
