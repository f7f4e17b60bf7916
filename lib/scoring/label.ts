import { fastList, fill } from '../i18n/compiled';
import type { ComponentKey } from '../model/score';

/** Below this confidence a score is shown with what it rests on: a recruiter reads the number, not the confidence. */
export const LOW_CONFIDENCE = 0.5;

// The input behind each component, in the words a recruiter uses (popup.score.input.*).
const input = (key: ComponentKey) => fill(`popup.score.input.${key}`);

interface Judged {
  score: number;
  confidence: number;
  components: readonly { key: ComponentKey }[];
  missing: readonly { key: ComponentKey }[];
}

/** "little data: followers only" when the score rests on little, else undefined. */
export function lowDataNote(r: Omit<Judged, 'score'>): string | undefined {
  if (r.confidence >= LOW_CONFIDENCE) return undefined;
  const known = r.components.map((c) => input(c.key));
  if (!known.length) return fill('popup.score.note.none');
  if (known.length <= 2) return fill('popup.score.note.only', { inputs: fastList(known, 'and') });
  return fill('popup.score.note.without', { inputs: fastList(r.missing.map((m) => input(m.key)), 'plain') });
}

/** The score as the chips, the popup rows and the badge's title show it: "58 · little data: followers only". */
export function scoreLabel(r: Judged): string {
  const note = lowDataNote(r);
  return note ? `${r.score} · ${note}` : String(r.score);
}
