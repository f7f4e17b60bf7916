import type { MarketplaceCreator, PageExtract } from '../model/page';
import { parseCount, parseRate } from './counts';

type Column = 'followers' | 'gmv' | 'itemsSold' | 'avgViews' | 'engagementRate';

// Column headings as Seller Center prints them in its UI languages (lower-cased, matched as substrings;
// the first match wins, so the more specific phrases come first).
const HEADINGS: [Column, RegExp][] = [
  ['engagementRate', /engagement|interac|interaksi|interaktion|互动|互動|エンゲージメント|참여|tương tác|การมีส่วนร่วม/],
  ['avgViews', /view|visualiza|tayangan|aufruf|vue|播放|視聴|再生|조회|lượt xem|ยอดวิว/],
  ['itemsSold', /sold|vendid|terjual|verkauf|vendu|已售|销量|販売|판매|đã bán|ขายแล้ว/],
  ['gmv', /gmv/],
  ['followers', /follower|seguidor|pengikut|abonné|粉丝|粉絲|フォロワー|팔로워|người theo dõi|ผู้ติดตาม/],
];

/** A leaf element's whole text when it is a creator's "@handle" on Seller Center. */
export const HANDLE_TEXT = /^@([A-Za-z0-9._]{2,64})$/;

function columnOf(heading: string): Column | undefined {
  const h = heading.toLowerCase();
  return HEADINGS.find(([, re]) => re.test(h))?.[0];
}

function readValue(col: Column, text: string, into: MarketplaceCreator): void {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t === '-' || t === '--') return;
  if (col === 'gmv') into.gmv = t;
  else if (col === 'engagementRate') into.engagementRate = parseRate(t);
  else into[col] = parseCount(t);
}

/** A creator's "@handle" element on a row or card, with the handle it reads. */
export interface HandleAt {
  handle: string;
  el: Element;
}

/** The creator a row or card is about: the first element whose whole text is "@handle". */
function handleIn(root: Element): HandleAt | undefined {
  for (const el of root.querySelectorAll('span, div, a, p')) {
    if (el.childElementCount > 0) continue;
    const m = HANDLE_TEXT.exec(el.textContent?.trim() ?? '');
    if (m) return { handle: m[1]!.toLowerCase(), el };
  }
  return undefined;
}

function identity(root: Element, known?: HandleAt): MarketplaceCreator | undefined {
  const h = known ?? handleIn(root);
  if (!h) return undefined;
  const nameEl = h.el.previousElementSibling ?? h.el.parentElement?.querySelector('[class*="name"] > :first-child');
  const nickname = nameEl && nameEl !== h.el ? nameEl.textContent?.trim() : undefined;
  const categories = [...root.querySelectorAll('[class*="tag"], [class*="category"] > span')]
    .filter((e) => e.childElementCount === 0)
    .map((e) => e.textContent?.trim() ?? '')
    .filter(Boolean);
  return { handle: h.handle, nickname: nickname || undefined, categories: [...new Set(categories)] };
}

/**
 * Column of each header cell of a table (or ARIA grid), in order. Only the header is searched: the
 * chips read it again on every infinite-scroll batch, and the body holds thousands of cells by then.
 */
export function tableColumns(table: Element): (Column | undefined)[] {
  const head = (table.tagName === 'TABLE' && (table as HTMLTableElement).tHead) || table.querySelector('th, [role="columnheader"]')?.parentElement;
  if (!head) return [];
  return [...head.querySelectorAll('th, [role="columnheader"]')].map((th) => columnOf(th.textContent ?? ''));
}

/**
 * One table row as a creator, given its table's columns; undefined for rows without a handle.
 * `known`, when the caller already found the row's "@handle" element, saves looking for it again.
 */
export function readRow(row: Element, columns: (Column | undefined)[], known?: HandleAt): MarketplaceCreator | undefined {
  const cells = [...row.children].filter((c) => c.tagName === 'TD' || /^(grid)?cell$/.test(c.getAttribute('role') ?? ''));
  if (!cells.length) return undefined;
  const c = identity(row, known);
  if (!c) return undefined;
  cells.forEach((cell, i) => {
    const col = columns[i];
    if (col) readValue(col, cell.textContent ?? '', c);
  });
  return c;
}

export const ROW_SELECTOR = 'tbody tr, [role="row"]';
export const TABLE_SELECTOR = 'table, [role="table"], [role="grid"]';

function fromTables(doc: Document): MarketplaceCreator[] {
  const out: MarketplaceCreator[] = [];
  for (const table of doc.querySelectorAll(TABLE_SELECTOR)) {
    const columns = tableColumns(table);
    for (const row of table.querySelectorAll(ROW_SELECTOR)) {
      const c = readRow(row, columns);
      if (c) out.push(c);
    }
  }
  return out;
}

/**
 * Card layouts (and creator detail pages) pair a label with a value inside the card. For each
 * "@handle", take the largest ancestor holding no other handle as the card, then read label/value pairs.
 */
function fromCards(doc: Document, skip: Set<string>): MarketplaceCreator[] {
  const out: MarketplaceCreator[] = [];
  const handles = [...doc.querySelectorAll('span, div, a, p')].filter((el) => {
    if (el.childElementCount > 0) return false;
    const m = HANDLE_TEXT.exec(el.textContent?.trim() ?? '');
    // Rows already read from a table are not read again as cards.
    return m !== null && !skip.has(m[1]!.toLowerCase());
  });
  // How many handle elements each ancestor holds, counted in one upward walk per handle.
  const holds = new Map<Element, number>();
  for (const el of handles) {
    for (let a = el.parentElement; a && a !== doc.body; a = a.parentElement) holds.set(a, (holds.get(a) ?? 0) + 1);
  }
  for (const el of handles) {
    let card: Element = el;
    while (card.parentElement && card.parentElement !== doc.body && holds.get(card.parentElement) === 1) card = card.parentElement;
    const c = identity(card);
    if (!c || skip.has(c.handle)) continue;
    skip.add(c.handle);
    for (const label of card.querySelectorAll('*')) {
      if (label.childElementCount > 0) continue;
      const text = label.textContent ?? '';
      const col = text.length <= 40 ? columnOf(text) : undefined;
      if (!col) continue;
      const value = valueNear(label);
      if (value) readValue(col, value, c);
    }
    out.push(c);
  }
  return out;
}

// Seller Center puts the figure in a sibling of its label, before or after it.
function valueNear(label: Element): string | undefined {
  for (const sib of [label.nextElementSibling, label.previousElementSibling, label.parentElement?.nextElementSibling]) {
    const t = sib?.textContent?.trim();
    if (t && /\d/.test(t)) return t;
  }
  return undefined;
}

export function extractMarketplace(doc: Document): PageExtract {
  const rows = fromTables(doc);
  const cards = fromCards(doc, new Set(rows.map((r) => r.handle)));
  const creators = [...rows, ...cards];
  if (!creators.length) return { kind: 'unknown', reason: 'no creators found on this Seller Center page', warnings: ['creators'] };
  const warnings: string[] = [];
  for (const field of ['followers', 'avgViews', 'engagementRate', 'gmv', 'itemsSold'] as const) {
    const missing = creators.filter((c) => c[field] === undefined).length;
    if (missing) warnings.push(`creators.${field} (${missing} of ${creators.length})`);
  }
  return { kind: 'marketplace', creators, warnings };
}
