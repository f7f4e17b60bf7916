import { useState } from 'react';
import { getDb } from '../../storage/db';
import { performanceRepo } from '../../storage/performance';
import { parsePerformanceCsv } from '../../lib/reports/performance';
import type { Performance } from '../../lib/model/collections';
import { t, tn } from '../../lib/i18n/t';
import { Icon } from '../../components/Icon';
import { ui } from '../../components/ui';

/** Import a Seller Center affiliate performance export: preview, per-row errors, then one transaction. */
export function PerformanceImport() {
  const [parsed, setParsed] = useState<{ rows: Performance[]; errors: { line: number; message: string }[] } | undefined>();
  const [done, setDone] = useState('');
  return (
    <section aria-labelledby="performance-title" className={`no-print ${ui.card} ${ui.section}`}>
      <h2 id="performance-title" className={`${ui.sectionTitle} flex items-center gap-2`}><Icon name="upload" />{t('dashboard.performance.title')}</h2>
      <p className={ui.hint}>{t('dashboard.performance.hint')}</p>
      <label className={ui.label}>
        {t('dashboard.performance.file')}
        <input data-scout="performance-csv" type="file" accept=".csv,text/csv" className={`${ui.input} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-slate-800`}
          onChange={async (e) => { setDone(''); const f = e.target.files?.[0]; setParsed(f ? parsePerformanceCsv(await f.text()) : undefined); }} />
      </label>
      {parsed && (
        <div data-scout="performance-preview" className="space-y-2">
          <p className={ui.body}>{tn('dashboard.performance.preview', parsed.rows.length, { errors: parsed.errors.length })}</p>
          {parsed.errors.length > 0 && (
            <ul className={`list-disc pl-5 text-sm ${ui.error}`}>
              {parsed.errors.slice(0, 20).map((e) => <li key={e.line}>{t('dashboard.performance.errorAt', { line: e.line, message: e.message })}</li>)}
            </ul>
          )}
          <button type="button" data-scout="performance-confirm" disabled={!parsed.rows.length} className={ui.buttonPrimary}
            onClick={async () => { const n = await performanceRepo.importRows(getDb(), parsed.rows, new Date()); setParsed(undefined); setDone(tn('dashboard.performance.imported', n)); }}>
            {tn('dashboard.performance.confirm', parsed.rows.length)}
          </button>
        </div>
      )}
      {done && <p role="status" data-scout="performance-done" className={`text-sm ${ui.success}`}>{done}</p>}
    </section>
  );
}
