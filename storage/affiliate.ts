import type { ScoutDB } from './db';
import type { AffiliateCreator, CreatorDetail, ImMessage, Invitation } from '../lib/model/affiliate';
import { derivedUuid } from '../lib/hash';
import { extractContacts } from '../lib/contacts';
import { creatorsRepo } from './creators';
import { outreachRepo } from './outreach';
import { pipelineRepo } from './pipeline';
import { syncTables } from './synced-write';

/** IM logs at most one outbound event per creator per this long: a conversation is not fifty events. */
export const IM_OUT_WINDOW_MS = 60 * 60 * 1000;

export interface InvitationLogResult {
  /** Creators given an event by this call (0 when the invitation was seen before). */
  logged: string[];
  /** Creators already logged for this invitation. */
  already: string[];
  /** Invited creators whose handle we do not know (never seen in Find creators): not logged. */
  unresolved: string[];
}

/** The tables an automatic log writes: the event, the pipeline entry it adds or moves, and what adding reads. */
const logTables = (db: ScoutDB) => syncTables(db, db.outreach, db.pipeline, db.creators, db.listMembers, db.creatorIds);

/**
 * A creator contacted from the affiliate center who is not in the pipeline yet enters it as a prospect
 * first (tier from their figures, the entry recorded in the stage history), then the event moves them on.
 */
export async function ensureInPipeline(db: ScoutDB, handle: string, owner: string, now: Date): Promise<void> {
  if (!(await db.pipeline.get(handle))) await pipelineRepo.add(db, handle, { owner }, now);
}

async function handlesOf(db: ScoutDB, ids: string[], known: Record<string, string> = {}): Promise<Map<string, string>> {
  const rows = await db.creatorIds.bulkGet(ids);
  const out = new Map<string, string>();
  ids.forEach((id, i) => {
    const h = rows[i]?.handle ?? known[id];
    if (h) out.set(id, h);
  });
  return out;
}

/** `creator_ids[0]=…&creator_ids[1]=…` of the invitation page's address (at most 50 creators an invitation). */
export function creatorIdsInUrl(page: string | undefined): string[] {
  if (!page) return [];
  try {
    const u = new URL(page);
    return [...u.searchParams.entries()].filter(([k, v]) => /^creator_ids(\[\d*\])?$/.test(k) && /^[0-9A-Za-z_-]{1,40}$/.test(v)).map(([, v]) => v).slice(0, 50);
  } catch {
    return [];
  }
}

export const affiliateRepo = {
  /** The known handles of the creators an invitation page names in its address. */
  async handlesOnPage(db: ScoutDB, page: string | undefined): Promise<string[]> {
    const ids = creatorIdsInUrl(page);
    return ids.length ? [...(await handlesOf(db, ids)).values()] : [];
  },

  /** Find creators rows: the figures merge into the stored creator, and the id ↔ handle pair is remembered. */
  async observeCreators(db: ScoutDB, creators: AffiliateCreator[], now: Date): Promise<void> {
    const seenAt = now.toISOString();
    await db.transaction('rw', syncTables(db, db.creators, db.snapshots, db.creatorIds), async () => {
      await db.creatorIds.bulkPut(creators.map((c) => ({ oecId: c.oecId, handle: c.handle, seenAt })));
      for (const { oecId: _id, ...c } of creators) await creatorsRepo.observe(db, c, [], now);
    });
  },

  /** A detail-page section: stored on the creator (only when we know who the id is). */
  async observeDetail(db: ScoutDB, oecId: string, handle: string | undefined, detail: CreatorDetail, now: Date): Promise<string | undefined> {
    return db.transaction('rw', syncTables(db, db.creators, db.snapshots, db.creatorIds), async () => {
      const who = handle ?? (await db.creatorIds.get(oecId))?.handle;
      if (!who) return undefined;
      if (handle) await db.creatorIds.put({ oecId, handle, seenAt: now.toISOString() });
      const { contactValues, gpm, followerGender, followerAge, followerRegion, ...figures } = detail;
      const affiliate = { gpm, followerGender, followerAge, followerRegion };
      const defined = Object.fromEntries(Object.entries(affiliate).filter(([, v]) => v !== undefined));
      const prev = await db.creators.get(who);
      const contacts = extractContacts({ bio: detail.bio, bioLink: detail.bioLink, values: contactValues });
      await creatorsRepo.observe(db, { handle: who, ...figures, ...(contacts.length ? { contacts } : {}), ...(Object.keys(defined).length ? { affiliate: { ...prev?.affiliate, ...defined } } : {}) }, [], now);
      return who;
    });
  },

  /**
   * One outreach event per invited creator, in one transaction, each with an id derived from the
   * invitation and the creator: retries, reloads and a second tab find the events already there.
   */
  async logInvitation(db: ScoutDB, inv: Invitation, author: string, now: Date): Promise<InvitationLogResult> {
    return db.transaction('rw', logTables(db), async () => {
      const handles = await handlesOf(db, inv.invited, inv.knownHandles);
      const result: InvitationLogResult = { logged: [], already: [], unresolved: [] };
      const products = inv.products.map((p) => `${p.id}${p.commission !== undefined ? ` (${Math.round(p.commission * 1000) / 10}%)` : ''}`);
      const note = `Invitation "${inv.name}" · ${products.join(', ')}`.slice(0, 5000);
      for (const id of inv.invited) {
        const handle = handles.get(id);
        if (!handle) {
          result.unresolved.push(id);
          continue;
        }
        await ensureInPipeline(db, handle, author, now);
        const r = await outreachRepo.log(
          db,
          {
            id: derivedUuid('seller_center_invite', inv.id, id),
            handle,
            channel: 'seller_center_invite',
            direction: 'out',
            author,
            note,
            invitation: { id: inv.id, name: inv.name, products: inv.products },
          },
          now,
        );
        (r.duplicate ? result.already : result.logged).push(handle);
      }
      return result;
    });
  },

  /** Affiliate IM: an outbound event at most once an hour per creator; each creator reply once. */
  async logIm(db: ScoutDB, messages: ImMessage[], author: string, now: Date): Promise<{ logged: string[] }> {
    return db.transaction('rw', logTables(db), async () => {
      const handles = await handlesOf(db, [...new Set(messages.map((m) => m.creatorId))]);
      const logged: string[] = [];
      for (const m of messages) {
        const handle = handles.get(m.creatorId);
        if (!handle) continue;
        const at = m.at && Date.parse(m.at) <= now.getTime() ? m.at : now.toISOString();
        if (m.direction === 'out') {
          const since = new Date(Date.parse(at) - IM_OUT_WINDOW_MS).toISOString();
          const recent = await db.outreach.where('[handle+at]').between([handle, since], [handle, '\uffff']).filter((e) => e.channel === 'seller_center_im' && e.direction === 'out').count();
          if (recent) continue;
        }
        await ensureInPipeline(db, handle, author, now);
        const r = await outreachRepo.log(db, { id: derivedUuid('seller_center_im', m.id, m.creatorId), handle, channel: 'seller_center_im', direction: m.direction, author: m.direction === 'out' ? author : '', at }, now);
        if (!r.duplicate) logged.push(handle);
      }
      return { logged };
    });
  },
};
