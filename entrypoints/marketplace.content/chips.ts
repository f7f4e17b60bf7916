import { extractMarketplace, HANDLE_TEXT, type HandleAt, readRow, ROW_SELECTOR, TABLE_SELECTOR, tableColumns } from '../../lib/extract/marketplace';
import type { MarketplaceCreator } from '../../lib/model/page';
import type { ChipPaint, ListChip } from '../../lib/messaging/protocol-frames';
import { t } from '../../lib/i18n/t';

const CHIP_CLASS = 'creator-scout-chip';
// One stylesheet for all chips (they live in Seller Center's DOM, where a class is cheaper than an inline
// style parsed per chip). The class name is ours alone, so it styles nothing of the page. The 700 shades keep
// white text at WCAG AA contrast on a light or a dark page alike.
const CHIP_CSS = `.${CHIP_CLASS}{display:inline-flex;align-items:center;gap:4px;margin-left:6px;padding:1px 6px;border-radius:9999px;
font:600 11px/16px system-ui,sans-serif;color:#fff;vertical-align:middle;white-space:nowrap;background:#be123c}
.${CHIP_CLASS}[data-band="mid"]{background:#b45309}.${CHIP_CLASS}[data-band="high"]{background:#047857}
.${CHIP_CLASS} input{margin:0}`;

const band = (score: number) => (score >= 70 ? 'high' : score >= 45 ? 'mid' : 'low');

let template: HTMLElement | undefined;
function chipTemplate(doc: Document): HTMLElement {
  if (template) return template;
  if (!doc.getElementById('creator-scout-chip-style')) {
    const style = doc.createElement('style');
    style.id = 'creator-scout-chip-style';
    style.textContent = CHIP_CSS;
    doc.head.append(style);
  }
  template = doc.createElement('span');
  template.className = CHIP_CLASS;
  template.dataset.scout = 'chip';
  const box = doc.createElement('input');
  box.type = 'checkbox';
  const score = doc.createElement('span');
  const mark = doc.createElement('span');
  mark.dataset.scout = 'chip-pipeline';
  template.append(box, score, mark);
  return template;
}

// Text nodes holding an "@": one compiled XPath query per added subtree returns the few candidates, where
// walking every element of every new row from script costs a DOM call per element.
let atTexts: XPathExpression | undefined;

/**
 * Leaf elements reading exactly "@handle" that have no chip yet, inside the given roots: the anchor of
 * each creator card or row. Only what was added is scanned, never the whole list again.
 */
function unannotatedHandles(doc: Document, roots: Iterable<ParentNode>): Map<string, HandleAt> {
  atTexts ??= doc.createExpression('descendant-or-self::text()[contains(., "@")]');
  const out = new Map<string, HandleAt>();
  let found: XPathResult | undefined;
  for (const root of roots) {
    found = atTexts.evaluate(root, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, found);
    for (let i = 0; i < found.snapshotLength; i++) {
      const el = found.snapshotItem(i)!.parentElement;
      if (!el || el.childElementCount > 0 || !LEAF_TAGS.has(el.tagName)) continue;
      const m = HANDLE_TEXT.exec(el.textContent!.trim());
      if (!m || el.hasAttribute('data-scout-anchored')) continue;
      const handle = m[1]!.toLowerCase();
      out.set(handle, { handle, el });
    }
  }
  return out;
}

const LEAF_TAGS = new Set(['SPAN', 'A', 'P', 'DIV']);

function makeChip(doc: Document, chip: ListChip, onSelect: (handle: string, on: boolean) => void): HTMLElement {
  const el = chipTemplate(doc).cloneNode(true) as HTMLElement;
  el.dataset.handle = chip.handle;
  el.dataset.band = band(chip.score);
  const box = el.firstElementChild as HTMLInputElement;
  const label = box.nextElementSibling as HTMLElement;
  const mark = el.lastElementChild as HTMLElement;
  const marks = pipelineMarks.get(chip.handle);
  if (marks) marks.push(mark);
  else pipelineMarks.set(chip.handle, [mark]);
  box.setAttribute('aria-label', t('popup.chip.select', { handle: `@${chip.handle}` }));
  box.addEventListener('change', () => onSelect(chip.handle, box.checked));
  // textContent only: page text is never HTML.
  label.textContent = String(chip.score);
  label.title = t('popup.chip.score', { score: chip.score });
  setMark(mark, chip.inPipeline);
  return el;
}

// Never the stage, owner or anything else of ours: the page may read its own DOM.
const setMark = (el: HTMLElement, inPipeline: boolean) => {
  el.textContent = inPipeline ? t('popup.chip.inPipeline') : '';
  el.dataset.inPipeline = inPipeline ? 'yes' : 'no';
};

// The pipeline mark of every chip we made, by handle: repainting after a bulk add touches only these,
// never a query over the whole (ever-growing) list per creator.
const pipelineMarks = new Map<string, HTMLElement[]>();

/** Mark the chips of creators now in our pipeline. */
export function paintPipeline(chips: ChipPaint[]): void {
  for (const c of chips) {
    const marks = pipelineMarks.get(c.handle);
    if (!marks) continue;
    const live = marks.filter((el) => el.isConnected);
    if (live.length < marks.length) pipelineMarks.set(c.handle, live);
    for (const el of live) setMark(el, c.inPipeline);
  }
}

/**
 * The creators behind new anchors: a table row is read on its own (with its table's columns, read once
 * per table), so 100 new rows cost 100 row reads, not a re-read of the whole list. Card layouts without a
 * table fall back to reading the page.
 */
function creatorsFor(doc: Document, anchors: Map<string, HandleAt>): MarketplaceCreator[] {
  const out: MarketplaceCreator[] = [];
  // Rows of one batch share a parent (tbody or row group): find its table and columns once.
  const columns = new Map<Element, ReturnType<typeof tableColumns> | undefined>();
  let needPage = false;
  for (const anchor of anchors.values()) {
    const row = anchor.el.closest(ROW_SELECTOR);
    const group = row?.parentElement;
    if (group && !columns.has(group)) {
      const table = group.closest(TABLE_SELECTOR);
      columns.set(group, table ? tableColumns(table) : undefined);
    }
    const cols = group && columns.get(group);
    if (!row || !cols) {
      needPage = true;
      continue;
    }
    const c = readRow(row, cols, anchor);
    if (c) out.push(c);
  }
  if (needPage) {
    const page = extractMarketplace(doc);
    const have = new Set(out.map((c) => c.handle));
    if (page.kind === 'marketplace') out.push(...page.creators.filter((c) => !have.has(c.handle) && anchors.has(c.handle)));
  }
  return out;
}

/** New creator rows, read and marked as taken (so the next batch skips them) but not yet chipped. */
export interface Unchipped {
  creators: MarketplaceCreator[];
  anchors: Map<string, HandleAt>;
}

/** Read the creator rows that have no chip yet, inside `roots` (only what was added is scanned). */
export function readUnchipped(doc: Document, roots: Iterable<ParentNode> = [doc]): Unchipped {
  const anchors = unannotatedHandles(doc, roots);
  if (!anchors.size) return { creators: [], anchors };
  const creators = creatorsFor(doc, anchors).filter((c) => anchors.has(c.handle));
  for (const c of creators) anchors.get(c.handle)!.el.setAttribute('data-scout-anchored', '1');
  return { creators, anchors };
}

/**
 * Put the chips the background scored next to their rows, in one pass of writes. A row replaced in the
 * meantime (a virtualised list reusing it) gets none; it is read again when its text changes.
 */
export function placeChips(doc: Document, taken: Unchipped, chips: ListChip[], onSelect: (handle: string, on: boolean) => void): void {
  const out: [Element, HTMLElement][] = [];
  for (const chip of chips) {
    const anchor = taken.anchors.get(chip.handle)?.el;
    if (!anchor?.isConnected) continue;
    out.push([anchor, makeChip(doc, chip, onSelect)]);
  }
  for (const [anchor, chip] of out) anchor.after(chip);
}
