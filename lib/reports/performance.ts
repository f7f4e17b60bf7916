import { z } from '../zod';
import { detectDelimiter, parseCsvRecords, handleFromCell } from '../csv';
import { parseMoney } from '../extract/counts';
import type { Performance } from '../model/collections';
import { t, type MessageKey } from '../i18n/t';

/** Column names Seller Center's affiliate performance exports use, lower-cased. */
const HEADERS: Record<string, keyof ParsedPerformance> = {
  creator: 'handle', 'creator username': 'handle', handle: 'handle', username: 'handle', 'creator name': 'handle',
  period: 'period', date: 'period', month: 'period', week: 'period',
  gmv: 'gmv', 'affiliate gmv': 'gmv', revenue: 'gmv',
  orders: 'orders', 'affiliate orders': 'orders', 'orders count': 'orders',
  commission: 'commission', 'estimated commission': 'commission', 'actual commission': 'commission',
  product: 'productId', 'product id': 'productId',
  currency: 'currency',
};

const ParsedPerformance = z.object({
  handle: z.string(),
  period: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'period must look like 2026-10 or 2026-10-07'),
  gmv: z.number().nonnegative(),
  orders: z.number().int().nonnegative(),
  commission: z.number().nonnegative(),
  productId: z.string().optional(),
  currency: z.string().default('USD'),
});
type ParsedPerformance = z.infer<typeof ParsedPerformance>;

// What is wrong with a cell, by column, in the reader's language (the column names stay Seller Center's).
const FIELD_ERROR: Partial<Record<keyof ParsedPerformance, MessageKey>> = {
  handle: 'dashboard.csvError.perfHandle',
  period: 'dashboard.csvError.perfPeriod',
  gmv: 'dashboard.csvError.perfAmount',
  commission: 'dashboard.csvError.perfAmount',
  orders: 'dashboard.csvError.perfOrders',
};

/** A Seller Center performance export, validated row by row; each row becomes one performance record. */
export function parsePerformanceCsv(text: string): { rows: Performance[]; errors: { line: number; message: string }[] } {
  const body = text.replace(/^\uFEFF/, '');
  const records = parseCsvRecords(body, detectDelimiter(body));
  const header = records.shift();
  const errors: { line: number; message: string }[] = [];
  if (!header) return { rows: [], errors: [{ line: 1, message: t('dashboard.csvError.empty') }] };
  const cols = header.cells.map((h) => HEADERS[h.trim().toLowerCase()]);
  for (const need of ['handle', 'period', 'gmv'] as const) {
    if (!cols.includes(need)) errors.push({ line: header.line, message: t('dashboard.csvError.noColumn', { column: need === 'handle' ? 'creator' : need }) });
  }
  if (errors.length) return { rows: [], errors };
  const rows: Performance[] = [];
  for (const { line, cells } of records) {
    const raw: Record<string, unknown> = {};
    cells.forEach((cell, i) => {
      const col = cols[i];
      if (!col || raw[col] !== undefined) return;
      const v = cell.trim();
      if (col === 'handle') raw.handle = handleFromCell(v) ?? v;
      else if (col === 'gmv' || col === 'commission') raw[col] = v ? parseMoney(v) ?? v : 0;
      else if (col === 'orders') raw.orders = v ? Number(v.replace(/[\s,]/g, '')) : 0;
      else if (v) raw[col] = v;
    });
    raw.commission ??= 0;
    raw.orders ??= 0;
    const parsed = ParsedPerformance.safeParse(raw);
    if (!parsed.success || !handleFromCell(String(raw.handle))) {
      const field = (parsed.success ? 'handle' : String(parsed.error.issues[0]!.path[0])) as keyof typeof FIELD_ERROR;
      errors.push({ line, message: t(FIELD_ERROR[field] ?? 'dashboard.csvError.perfBadValue', { column: field === 'gmv' ? 'GMV' : field, value: String(raw[field] ?? '').slice(0, 40) }) });
      continue;
    }
    const p = parsed.data;
    rows.push({ ...p, id: `${p.handle}|${p.period}|${p.productId ?? ''}` });
  }
  return { rows, errors };
}
