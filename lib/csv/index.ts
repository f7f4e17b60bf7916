import { Handle, Stage } from '../model/pipeline';
import { TEXT_LIMITS } from '../sync/limits';
import { parseCount } from '../extract/counts';
import { t } from '../i18n/t';

/**
 * DESIGN §7. Export: RFC 4180, CRLF, BOM for Excel. Text a spreadsheet would run as a formula is
 * neutralised with a leading `'` (OWASP CSV injection); numbers are written as numbers so they still sum.
 * A text that already begins with `'` before a formula character gets one more `'`, so the import's single
 * unguarding gives it back unchanged. Handles are written bare (`mara`, not `@mara`): a leading `@` starts a
 * formula in Excel, and the import reads a bare handle.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
// A number as a spreadsheet reads it back to the same text: "-12.5", "3", "0.25" (not "+1", "1e5", "007").
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function cell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = columns.map(cell).join(',');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    lines[i + 1] = columns.map((c) => cell(row[c])).join(',');
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** One CSV record: its 1-based line in the file and its row as a spreadsheet numbers it (blank rows count). */
export interface CsvRecord {
  line: number;
  row: number;
  cells: string[];
}

/** Split CSV text into records of cells; blank records are dropped but still counted in `row`. */
export function parseCsvRecords(text: string, delimiter: ',' | ';'): CsvRecord[] {
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cur += ch;
      }
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cur);
      cur = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cur);
      out.push({ line: start, row: out.length + 1, cells });
      cells = [];
      cur = '';
      line++;
      start = line;
    } else cur += ch;
  }
  if (cur !== '' || cells.length) {
    cells.push(cur);
    out.push({ line: start, row: out.length + 1, cells });
  }
  return out.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** Semicolon when the header row has more semicolons than commas (European spreadsheets), else comma. */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export interface CsvCreatorRow {
  handle: string;
  nickname?: string;
  followers?: number;
  stage?: Stage;
  tags?: string[];
  email?: string;
  notes?: string;
}

type Known = 'handle' | 'nickname' | 'followers' | 'stage' | 'tags' | 'email' | 'notes';

// Header names as our own export, Seller Center exports and hand-made spreadsheets write them.
const HEADER_ALIASES: Record<string, Known> = {
  handle: 'handle', username: 'handle', 'user name': 'handle', 'creator username': 'handle', 'creator handle': 'handle',
  'tiktok handle': 'handle', 'tiktok username': 'handle', 'tiktok account': 'handle', account: 'handle', '@handle': 'handle', 'profile url': 'handle', 'tiktok url': 'handle',
  nickname: 'nickname', name: 'nickname', 'creator name': 'nickname', 'display name': 'nickname',
  followers: 'followers', 'follower count': 'followers', 'followers count': 'followers', fans: 'followers',
  stage: 'stage', status: 'stage', 'pipeline stage': 'stage',
  tags: 'tags', tag: 'tags', labels: 'tags',
  email: 'email', 'e-mail': 'email', 'email address': 'email', 'contact email': 'email',
  notes: 'notes', note: 'notes', comments: 'notes',
};

/** "@Name", "name" or "https://www.tiktok.com/@name?lang=en" → "name". */
export function handleFromCell(raw: string): string | undefined {
  const s = raw.trim();
  const fromUrl = /tiktok\.com\/@([A-Za-z0-9._]+)/i.exec(s)?.[1];
  const r = Handle.safeParse(fromUrl ?? s);
  return r.success ? r.data : undefined;
}

/** A bad record: `line` is the 1-based line in the file (DESIGN §7), `row` the row a spreadsheet shows (header = 1). */
export interface CsvError {
  line: number;
  row: number;
  message: string;
}

/** "row 5 (file line 7): …", as the import preview lists it, in the reader's language. */
export function describeCsvError(e: CsvError): string {
  return e.row === e.line ? t('dashboard.csvError.atRow', { row: e.row, message: e.message }) : t('dashboard.csvError.atRowLine', { row: e.row, line: e.line, message: e.message });
}

/**
 * File bytes as text: UTF-8 when they are valid UTF-8, else Windows-1252 (what Excel's plain "CSV" save
 * writes on Western Windows); the caller says which it was, so a wrong guess is visible.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// 0x80-0x9F of Windows-1252 (the rest is Latin-1). Decoded by hand: Node's TextDecoder('windows-1252')
// is Latin-1 and turns 0x80 into a control character instead of the euro sign.
const CP1252_HIGH = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

// "12.5" or "12,5" followers with no unit: 12.5 thousand, or 12 or 13 people from a comma/point mix-up?
// A group of exactly three digits ("12.500") is a thousands separator and stays readable.
const AMBIGUOUS_DECIMAL = /^\d+[.,](?:\d{1,2}|\d{4,})$/;

export function parseCreatorsCsv(text: string): { rows: CsvCreatorRow[]; errors: CsvError[] } {
  const body = text.replace(/^\uFEFF/, '');
  const records = parseCsvRecords(body, detectDelimiter(body));
  const rows: CsvCreatorRow[] = [];
  const errors: CsvError[] = [];
  const header = records.shift();
  if (!header) return { rows, errors: [{ line: 1, row: 1, message: t('dashboard.csvError.empty') }] };
  const index = new Map<Known, number>();
  header.cells.forEach((h, i) => {
    const key = HEADER_ALIASES[h.trim().toLowerCase().replace(/[_\s]+/g, ' ')];
    if (key && !index.has(key)) index.set(key, i);
  });
  if (!index.has('handle')) return { rows, errors: [{ line: header.line, row: header.row, message: t('dashboard.csvError.noHandleColumn') }] };
  const get = (cells: string[], key: Known) => {
    const i = index.get(key);
    const v = i === undefined ? undefined : cells[i]?.trim();
    // Undo our own export's formula guard (one quote) so a round trip gives back the original text.
    return v ? v.replace(/^'(?='*[=+\-@\t\r])/, '') : undefined;
  };
  for (const { line, row: sheetRow, cells } of records) {
    const fail = (message: string) => errors.push({ line, row: sheetRow, message });
    // Team sync refuses longer values: say so here, at the line, rather than after the import.
    const long = cells.findIndex((c) => c.length > TEXT_LIMITS.csvCell);
    if (long >= 0) {
      fail(t('dashboard.csvError.tooLong', { column: header.cells[long]?.trim() ?? String(long + 1), count: cells[long]!.length, limit: TEXT_LIMITS.csvCell }));
      continue;
    }
    const rawHandle = get(cells, 'handle') ?? '';
    const handle = handleFromCell(rawHandle);
    if (!handle) {
      fail(rawHandle ? t('dashboard.csvError.badHandle', { value: rawHandle.slice(0, 60) }) : t('dashboard.csvError.emptyHandle'));
      continue;
    }
    const row: CsvCreatorRow = { handle };
    const followers = get(cells, 'followers');
    if (followers) {
      if (AMBIGUOUS_DECIMAL.test(followers)) {
        fail(t('dashboard.csvError.ambiguousFollowers', { value: followers.slice(0, 20) }));
        continue;
      }
      // As spreadsheets in any locale print them: "12,500", "12.500", "12,5K", "1.2M".
      const n = parseCount(followers);
      if (n === undefined) {
        fail(t('dashboard.csvError.badFollowers', { value: followers.slice(0, 20) }));
        continue;
      }
      row.followers = n;
    }
    const stage = get(cells, 'stage');
    if (stage) {
      const s = Stage.safeParse(stage.toLowerCase().replace(/[\s-]+/g, '_'));
      if (!s.success) {
        fail(t('dashboard.csvError.badStage', { value: stage.slice(0, 30) }));
        continue;
      }
      row.stage = s.data;
    }
    const nickname = get(cells, 'nickname');
    if (nickname) row.nickname = nickname;
    const tags = get(cells, 'tags');
    if (tags) row.tags = tags.split(';').map((t) => t.trim()).filter(Boolean);
    const email = get(cells, 'email');
    if (email) row.email = email;
    const notes = get(cells, 'notes');
    if (notes) row.notes = notes;
    rows.push(row);
  }
  return { rows, errors };
}
