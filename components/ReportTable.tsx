import type { ReactNode } from 'react';
import { toCsv } from '../lib/csv';
import { decimal } from '../lib/format';
import { t } from '../lib/i18n/t';
import { download } from './download';
import { EmptyState } from './EmptyState';
import { Icon } from './Icon';
import { ui } from './ui';

export interface Column<T> {
  key: string;
  label: string;
  /** The shown cell: a number is shown in the reader's notation (and exported as the number itself). */
  value: (row: T) => string | number | undefined;
  /** The exported cell when it differs from the shown one (a handle without its "@", money as a number, see lib/csv). */
  csv?: (row: T) => string | number | undefined;
  /** Figures align right so their digits line up. */
  numeric?: boolean;
}

const shown = (v: string | number | undefined) => (v === undefined ? '–' : typeof v === 'number' ? decimal(v) : v);

/**
 * A report table that exports what it shows to CSV: the same rows and columns, with numbers as numbers.
 * The file name stays machine-readable (table name and ISO day); the column names are the reader's.
 */
export function ReportTable<T>({ name, rows, columns, empty, caption }: { name: string; rows: T[]; columns: Column<T>[]; empty?: ReactNode; caption?: string }) {
  const exportCsv = () => {
    const data = rows.map((r) => Object.fromEntries(columns.map((c) => [c.label, (c.csv ?? c.value)(r)])));
    download(`creator-scout-${name}-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(data, columns.map((c) => c.label)));
  };
  if (rows.length === 0) {
    return <div data-scout={`report-${name}`} className="mb-4">{empty ?? <EmptyState compact icon="chart" title={t('dashboard.table.emptyTitle')} hint={t('dashboard.table.emptyHint')} />}</div>;
  }
  const align = (c: Column<T>) => (c.numeric ? 'text-right tabular-nums' : 'text-left');
  return (
    <div data-scout={`report-${name}`} className="mb-4 space-y-1">
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead>
            <tr className="border-b border-slate-200">{columns.map((c) => <th key={c.key} scope="col" className={`px-2 py-1 font-medium text-slate-700 ${align(c)}`}>{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-100">
                {columns.map((c) => <td key={c.key} data-col={c.key} className={`px-2 py-1 text-slate-800 ${align(c)}`}>{shown(c.value(r))}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className={`no-print ${ui.buttonSmall}`} onClick={exportCsv}>
        <Icon name="download" size={14} />
        {t('dashboard.table.exportCsv')}
      </button>
    </div>
  );
}
