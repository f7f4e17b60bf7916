import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { importCreators, type ImportResult } from '../../storage/import';
import { decodeCsvBytes, parseCreatorsCsv, type CsvCreatorRow, type CsvError } from '../../lib/csv';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import { compactNumber } from '../../lib/format';
import { t, tn } from '../../lib/i18n/t';
import { ui } from '../../components/ui';

/** "row 5 (file line 7): …" in the reader's language; the reason itself comes from the CSV reader. */
const describeError = (e: CsvError) =>
  e.row === e.line ? t('popup.import.errorRow', { row: e.row, reason: e.message }) : t('popup.import.errorRowLine', { row: e.row, line: e.line, reason: e.message });

/**
 * Import creators from a CSV (Seller Center exports, spreadsheets): preview, per-row errors, then a merge.
 * `open`/`onToggle`: the pipeline's empty state opens it.
 */
export function ImportPanel({ db, me, open, onToggle }: { db: ScoutDB; me: string; open?: boolean; onToggle?: (open: boolean) => void }) {
  const [parsed, setParsed] = useState<{ name: string; encoding: string; rows: CsvCreatorRow[]; errors: CsvError[] } | undefined>();
  const [result, setResult] = useState<ImportResult | undefined>();
  const onFile = async (file: File | undefined) => {
    setResult(undefined);
    if (!file) return setParsed(undefined);
    const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    setParsed({ name: file.name, encoding, ...parseCreatorsCsv(text) });
  };
  return (
    <details className="text-xs" open={open} onToggle={(e) => onToggle?.(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-slate-800">{t('popup.import.title')}</summary>
      <p className="mt-1 text-slate-600">{t('popup.import.hint')}</p>
      <input data-scout="import-csv" type="file" accept=".csv,text/csv" aria-label={t('popup.import.file')} className="mt-1" onChange={(e) => void onFile(e.target.files?.[0])} />
      {parsed && (
        <div data-scout="import-preview" className="mt-1 space-y-1">
          <p>{t('popup.import.summary', { file: parsed.name, rows: tn('popup.import.creators', parsed.rows.length), errors: tn('popup.import.errorRows', parsed.errors.length) })}</p>
          {parsed.encoding !== 'utf-8' && (
            <p data-scout="import-encoding" className="text-amber-800">
              {t('popup.import.encoding')}
            </p>
          )}
          {parsed.errors.length > 0 && (
            <ul data-scout="import-errors" className="max-h-20 overflow-auto text-rose-700">
              {parsed.errors.map((e) => <li key={e.line}>{describeError(e)}</li>)}
            </ul>
          )}
          <table className="w-full">
            <tbody>
              {parsed.rows.slice(0, 8).map((r) => (
                <tr key={r.handle}>
                  <td>@{r.handle}</td>
                  <td>{r.nickname ?? ''}</td>
                  <td>{r.followers === undefined ? '' : compactNumber(r.followers)}</td>
                  <td>{r.stage ? STAGE_LABEL[r.stage] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {parsed.rows.length > 8 && <p>{tn('popup.import.more', parsed.rows.length - 8)}</p>}
          <button data-scout="import-confirm" type="button" disabled={!parsed.rows.length} className={ui.buttonPrimary}
            onClick={async () => { setResult(await importCreators(db, parsed.rows, me, new Date())); setParsed(undefined); }}>
            {tn('popup.import.confirm', parsed.rows.length)}
          </button>
        </div>
      )}
      {result && (
        <p role="status" data-scout="import-result" className="mt-1 text-emerald-700">
          {t('popup.import.result', { added: result.added, updated: result.updated, unchanged: result.unchanged })}
        </p>
      )}
    </details>
  );
}
