import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { importCreators, type ImportResult } from '../../storage/import';
import { decodeCsvBytes, describeCsvError, parseCreatorsCsv, type CsvCreatorRow, type CsvError } from '../../lib/csv';
import { STAGE_LABEL } from '../../lib/model/pipeline';

/** Import creators from a CSV (Seller Center exports, spreadsheets): preview, per-row errors, then a merge. */
export function ImportPanel({ db, me }: { db: ScoutDB; me: string }) {
  const [parsed, setParsed] = useState<{ name: string; encoding: string; rows: CsvCreatorRow[]; errors: CsvError[] } | undefined>();
  const [result, setResult] = useState<ImportResult | undefined>();
  const onFile = async (file: File | undefined) => {
    setResult(undefined);
    if (!file) return setParsed(undefined);
    const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    setParsed({ name: file.name, encoding, ...parseCreatorsCsv(text) });
  };
  return (
    <details className="text-xs">
      <summary className="cursor-pointer">Import CSV</summary>
      <input data-scout="import-csv" type="file" accept=".csv,text/csv" aria-label="CSV file" onChange={(e) => void onFile(e.target.files?.[0])} />
      {parsed && (
        <div data-scout="import-preview" className="mt-1 space-y-1">
          <p>
            {parsed.name}: {parsed.rows.length} creators to import, {parsed.errors.length} rows with errors
          </p>
          {parsed.encoding !== 'utf-8' && (
            <p data-scout="import-encoding" className="text-amber-800">
              This file is not UTF-8; it was read as Windows-1252 (Excel's plain CSV). Check that accented names look right below, or save it as "CSV UTF-8".
            </p>
          )}
          {parsed.errors.length > 0 && (
            <ul data-scout="import-errors" className="max-h-20 overflow-auto text-rose-700">
              {parsed.errors.map((e) => <li key={e.line}>{describeCsvError(e)}</li>)}
            </ul>
          )}
          <table className="w-full">
            <tbody>
              {parsed.rows.slice(0, 8).map((r) => (
                <tr key={r.handle}>
                  <td>@{r.handle}</td>
                  <td>{r.nickname ?? ''}</td>
                  <td>{r.followers ?? ''}</td>
                  <td>{r.stage ? STAGE_LABEL[r.stage] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {parsed.rows.length > 8 && <p>…and {parsed.rows.length - 8} more</p>}
          <button data-scout="import-confirm" type="button" disabled={!parsed.rows.length} className="rounded bg-sky-700 px-2 py-0.5 text-white disabled:opacity-50"
            onClick={async () => { setResult(await importCreators(db, parsed.rows, me, new Date())); setParsed(undefined); }}>
            Import {parsed.rows.length}
          </button>
        </div>
      )}
      {result && (
        <p role="status" data-scout="import-result">
          Imported: {result.added} added, {result.updated} filled in, {result.unchanged} already up to date (nothing newer was overwritten).
        </p>
      )}
    </details>
  );
}
