import { Handle, Stage } from '../model/pipeline';
import { TEXT_LIMITS } from '../sync/limits';
import { parseCount } from '../extract/counts';

/** DESIGN §7. Export: RFC 4180, CRLF, BOM for Excel; cells a spreadsheet would run as a formula are neutralised. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  let s = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  // OWASP CSV injection: a leading quote makes the spreadsheet treat the cell as text.
  if (FORMULA_START.test(s)) s = `'${s}`;
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

/** Split CSV text into records of cells, with the 1-based line each record starts on. */
export function parseCsvRecords(text: string, delimiter: ',' | ';'): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
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
      out.push({ line: start, cells });
      cells = [];
      cur = '';
      line++;
      start = line;
    } else cur += ch;
  }
  if (cur !== '' || cells.length) {
    cells.push(cur);
    out.push({ line: start, cells });
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

export function parseCreatorsCsv(text: string): { rows: CsvCreatorRow[]; errors: { line: number; message: string }[] } {
  const body = text.replace(/^\uFEFF/, '');
  const records = parseCsvRecords(body, detectDelimiter(body));
  const rows: CsvCreatorRow[] = [];
  const errors: { line: number; message: string }[] = [];
  const header = records.shift();
  if (!header) return { rows, errors: [{ line: 1, message: 'the file is empty' }] };
  const index = new Map<Known, number>();
  header.cells.forEach((h, i) => {
    const key = HEADER_ALIASES[h.trim().toLowerCase().replace(/[_\s]+/g, ' ')];
    if (key && !index.has(key)) index.set(key, i);
  });
  if (!index.has('handle')) return { rows, errors: [{ line: header.line, message: 'no "handle" (or "username") column in the header row' }] };
  const get = (cells: string[], key: Known) => {
    const i = index.get(key);
    const v = i === undefined ? undefined : cells[i]?.trim();
    // Undo our own export's formula guard so a round trip gives back the original text.
    return v ? v.replace(/^'(?=[=+\-@\t\r])/, '') : undefined;
  };
  for (const { line, cells } of records) {
    // Team sync refuses longer values: say so here, at the line, rather than after the import.
    const long = cells.findIndex((c) => c.length > TEXT_LIMITS.csvCell);
    if (long >= 0) {
      errors.push({ line, message: `column "${header.cells[long]?.trim() ?? long + 1}" holds ${cells[long]!.length} characters, at most ${TEXT_LIMITS.csvCell} allowed` });
      continue;
    }
    const rawHandle = get(cells, 'handle') ?? '';
    const handle = handleFromCell(rawHandle);
    if (!handle) {
      errors.push({ line, message: rawHandle ? `"${rawHandle.slice(0, 60)}" is not a TikTok handle` : 'handle is empty' });
      continue;
    }
    const row: CsvCreatorRow = { handle };
    const followers = get(cells, 'followers');
    if (followers) {
      // As spreadsheets in any locale print them: "12,500", "12.500", "12,5K", "1.2M".
      const n = parseCount(followers);
      if (n === undefined) {
        errors.push({ line, message: `followers "${followers.slice(0, 20)}" is not a number` });
        continue;
      }
      row.followers = n;
    }
    const stage = get(cells, 'stage');
    if (stage) {
      const s = Stage.safeParse(stage.toLowerCase().replace(/[\s-]+/g, '_'));
      if (!s.success) {
        errors.push({ line, message: `stage "${stage.slice(0, 30)}" is not one of the pipeline stages` });
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
