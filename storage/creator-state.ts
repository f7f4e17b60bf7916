import type { ScoutDB } from './db';
import type { CreatorState } from '../lib/messaging/protocol';

/** Pipeline entry, last contact and teammates' contacts for one creator, from indexes only. */
export async function creatorState(db: ScoutDB, handle: string, me: string): Promise<CreatorState> {
  const [entry, recent, outreachCount] = await Promise.all([
    db.pipeline.get(handle),
    db.outreach.where('[handle+at]').between([handle, ''], [handle, '\uffff']).reverse().limit(50).toArray(),
    db.outreach.where('handle').equals(handle).count(),
  ]);
  const lastOut = recent.find((e) => e.direction === 'out');
  const byOthers = new Map<string, CreatorState['contactedByOthers'][number]>();
  for (const e of recent) {
    if (e.direction === 'out' && e.author && e.author !== me && !byOthers.has(e.author)) {
      byOthers.set(e.author, { author: e.author, at: e.at, channel: e.channel });
    }
  }
  return { handle, entry, lastOutreach: lastOut ?? recent[0], outreachCount, contactedByOthers: [...byOthers.values()] };
}
