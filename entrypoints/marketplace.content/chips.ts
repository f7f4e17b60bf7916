import { extractMarketplace } from '../../lib/extract/marketplace';
import type { MarketplaceCreator } from '../../lib/model/page';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import type { ScoreSettings } from '../../lib/model/score';
import type { CreatorState } from '../../lib/messaging/protocol';
import { scoreCreator } from '../../lib/scoring';
import { listStore } from './selection';

const HANDLE_TEXT = /^@([A-Za-z0-9._]{2,64})$/;
const CHIP_STYLE =
  'display:inline-flex;align-items:center;gap:4px;margin-left:6px;padding:1px 6px;border-radius:9999px;' +
  'font:600 11px/16px system-ui,sans-serif;color:#fff;vertical-align:middle;white-space:nowrap;';

const colour = (score: number) => (score >= 70 ? '#059669' : score >= 45 ? '#d97706' : '#e11d48');

/** Leaf elements reading exactly "@handle" that have no chip yet: the anchor of each creator card or row. */
function unannotatedHandles(root: ParentNode): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const el of root.querySelectorAll('span, a, p, div')) {
    if (el.childElementCount > 0 || (el as HTMLElement).dataset.scoutAnchored) continue;
    const m = HANDLE_TEXT.exec(el.textContent?.trim() ?? '');
    if (m) out.set(m[1]!.toLowerCase(), el);
  }
  return out;
}

function makeChip(c: MarketplaceCreator, score: number): HTMLElement {
  const chip = document.createElement('span');
  chip.dataset.scout = 'chip';
  chip.dataset.handle = c.handle;
  chip.setAttribute('style', CHIP_STYLE + `background:${colour(score)}`);
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.setAttribute('aria-label', `Select @${c.handle}`);
  box.style.margin = '0';
  box.addEventListener('change', () => listStore.getState().toggle(c.handle, box.checked));
  const label = document.createElement('span');
  label.dataset.scoutScore = '';
  // textContent only: page text is never HTML.
  label.textContent = String(score);
  label.title = `Creator Scout score ${score}/100`;
  const stage = document.createElement('span');
  stage.dataset.scout = 'chip-stage';
  chip.append(box, label, stage);
  return chip;
}

/** Show the pipeline stage on chips of creators already in our pipeline. */
export function paintStates(states: CreatorState[]): void {
  for (const s of states) {
    for (const el of document.querySelectorAll<HTMLElement>(`[data-scout="chip"][data-handle="${CSS.escape(s.handle)}"] [data-scout="chip-stage"]`)) {
      el.textContent = s.entry ? `· ${STAGE_LABEL[s.entry.stage]}` : '';
    }
  }
}

/**
 * Put a chip on every creator row that has none. Returns the creators newly annotated so the caller can
 * record them in the background. Reads the page once, writes the chips in one pass (no layout reads
 * between writes).
 */
export function annotate(doc: Document, settings: ScoreSettings): MarketplaceCreator[] {
  const anchors = unannotatedHandles(doc);
  if (!anchors.size) return [];
  const page = extractMarketplace(doc);
  if (page.kind !== 'marketplace') return [];
  const fresh: MarketplaceCreator[] = [];
  const seen: [string, number][] = [];
  for (const c of page.creators) {
    const anchor = anchors.get(c.handle);
    if (!anchor) continue;
    const { score } = scoreCreator({ creator: c, videos: [] }, settings);
    (anchor as HTMLElement).dataset.scoutAnchored = '1';
    anchor.after(makeChip(c, score));
    fresh.push(c);
    seen.push([c.handle, score]);
  }
  if (seen.length) listStore.getState().addSeen(seen);
  return fresh;
}
