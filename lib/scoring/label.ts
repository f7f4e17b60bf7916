import type { ComponentKey } from '../model/score';

/** Below this confidence a score is shown with what it rests on: a recruiter reads the number, not the confidence. */
export const LOW_CONFIDENCE = 0.5;

// The input behind each component, in the words a recruiter uses.
const INPUT: Record<ComponentKey, string> = {
  reach: 'followers',
  engagement: 'engagement',
  viewRate: 'views',
  activity: 'post dates',
  commerce: 'shop signals',
  fit: 'brand fit',
};

interface Judged {
  score: number;
  confidence: number;
  components: readonly { key: ComponentKey }[];
  missing: readonly { key: ComponentKey }[];
}

/** "little data: followers only" when the score rests on little, else undefined. */
export function lowDataNote(r: Omit<Judged, 'score'>): string | undefined {
  if (r.confidence >= LOW_CONFIDENCE) return undefined;
  const known = r.components.map((c) => INPUT[c.key]);
  if (!known.length) return 'no data';
  if (known.length <= 2) return `little data: ${known.join(' and ')} only`;
  return `little data: no ${r.missing.map((m) => INPUT[m.key]).join(', ')}`;
}

/** The score as the chips, the popup rows and the badge's title show it: "58 · little data: followers only". */
export function scoreLabel(r: Judged): string {
  const note = lowDataNote(r);
  return note ? `${r.score} · ${note}` : String(r.score);
}
