import { extractMarketplace, HANDLE_TEXT, type HandleAt, readRow, ROW_SELECTOR, TABLE_SELECTOR, tableColumns } from '../../lib/extract/marketplace';
import type { MarketplaceCreator } from '../../lib/model/page';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import type { ScoreSettings } from '../../lib/model/score';
import type { CreatorState } from '../../lib/messaging/protocol';
import { scoreCreator, scoreLabel } from '../../lib/scoring';
import { listStore } from './selection';

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
  const stage = doc.createElement('span');
  stage.dataset.scout = 'chip-stage';
  template.append(box, score, stage);
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

function makeChip(doc: Document, c: MarketplaceCreator, score: number, text: string): HTMLElement {
  const chip = chipTemplate(doc).cloneNode(true) as HTMLElement;
  chip.dataset.handle = c.handle;
  chip.dataset.band = band(score);
  const box = chip.firstElementChild as HTMLInputElement;
  const label = box.nextElementSibling as HTMLElement;
  const stage = chip.lastElementChild as HTMLElement;
  const labels = stageLabels.get(c.handle);
  if (labels) labels.push(stage);
  else stageLabels.set(c.handle, [stage]);
  box.setAttribute('aria-label', `Select @${c.handle}`);
  box.addEventListener('change', () => listStore.getState().toggle(c.handle, box.checked));
  // textContent only: page text is never HTML.
  label.textContent = text;
  label.title = `Creator Scout score ${score}/100`;
  return chip;
}

// The stage label of every chip we made, by handle: painting states after the background answers
// touches only these, never a query over the whole (ever-growing) list per creator.
const stageLabels = new Map<string, HTMLElement[]>();

/** Show the pipeline stage on chips of creators already in our pipeline. */
export function paintStates(states: CreatorState[]): void {
  for (const s of states) {
    const labels = stageLabels.get(s.handle);
    if (!labels) continue;
    const live = labels.filter((el) => el.isConnected);
    if (live.length < labels.length) stageLabels.set(s.handle, live);
    for (const el of live) el.textContent = s.entry ? `· ${STAGE_LABEL[s.entry.stage]}` : '';
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

/**
 * Put a chip on every creator row that has none. Returns the creators newly annotated so the caller can
 * record them in the background. Reads first, then writes the chips in one pass (no layout reads
 * between writes).
 */
export function annotate(doc: Document, settings: ScoreSettings, roots: Iterable<ParentNode> = [doc]): MarketplaceCreator[] {
  const anchors = unannotatedHandles(doc, roots);
  if (!anchors.size) return [];
  const fresh: MarketplaceCreator[] = [];
  const seen: [string, number][] = [];
  const chips: [Element, HTMLElement][] = [];
  // One "now" for the batch, so the scorer parses it once.
  const now = new Date().toISOString();
  for (const c of creatorsFor(doc, anchors)) {
    const anchor = anchors.get(c.handle)?.el;
    if (!anchor) continue;
    const result = scoreCreator({ creator: c, videos: [], now }, settings);
    const score = result.score;
    chips.push([anchor, makeChip(doc, c, score, scoreLabel(result))]);
    fresh.push(c);
    seen.push([c.handle, score]);
  }
  for (const [anchor, chip] of chips) {
    anchor.setAttribute('data-scout-anchored', '1');
    anchor.after(chip);
  }
  if (seen.length) listStore.getState().addSeen(seen);
  return fresh;
}
