import type { ScoutDB } from './db';
import { z } from '../lib/zod';
import type { Handlers } from '../lib/messaging/router';
import type { AFFILIATE_MESSAGES } from '../lib/messaging/protocol-affiliate';
import { readAffiliate } from '../lib/extract/affiliate';
import { affiliateRepo, ensureInPipeline } from './affiliate';
import { outreachRepo } from './outreach';
import { quotaSettings, readQuotaUsage } from './quota';
import { settingsRepo } from './settings';
import { syncTables } from './synced-write';

export const PENDING_INVITE_KEY = 'affiliate.pendingInvite';
/** How long the bulk bar offers to log an invitation we could not read. */
export const PENDING_INVITE_MS = 15 * 60 * 1000;

const PendingInvite = z.object({ at: z.string(), handles: z.array(z.string()).default([]) });

type AffiliateHandlers = Pick<Handlers, keyof typeof AFFILIATE_MESSAGES>;

/** The background's side of the affiliate center: what the tap forwarded, validated and stored here. */
export function createAffiliateHandlers(db: ScoutDB, now: () => Date, me: () => Promise<string>, changed: () => void): AffiliateHandlers {
  return {
    'affiliate.tapped': async ({ url, status, requestBody, body, page }) => {
      const read = readAffiliate(url, status, requestBody, body);
      const at = now();
      let logged = 0;
      switch (read.kind) {
        case 'creators':
          await affiliateRepo.observeCreators(db, read.creators, at);
          break;
        case 'detail':
          await affiliateRepo.observeDetail(db, read.oecId, read.handle, read.detail, at);
          break;
        case 'invitation': {
          const r = await affiliateRepo.logInvitation(db, read.invitation, await me(), at);
          logged = r.logged.length;
          await settingsRepo.put(db, PENDING_INVITE_KEY, null);
          break;
        }
        case 'invitation-unrecognised':
          // Never invented: nothing is logged, the bulk bar offers the one-click log instead.
          await settingsRepo.put(db, PENDING_INVITE_KEY, { at: at.toISOString(), handles: await affiliateRepo.handlesOnPage(db, page) });
          break;
        case 'im':
          logged = (await affiliateRepo.logIm(db, read.messages, await me(), at)).logged.length;
          break;
        default:
          break;
      }
      if (logged) changed();
      return { kind: read.kind, logged };
    },

    'affiliate.pendingInvite': async () => {
      const pending = PendingInvite.safeParse(await settingsRepo.get<unknown>(db, PENDING_INVITE_KEY, null));
      const fresh = pending.success && now().getTime() - Date.parse(pending.data.at) < PENDING_INVITE_MS;
      return fresh ? pending.data : { handles: [] };
    },

    'affiliate.logSelectedInvite': async ({ handles }) => {
      const author = await me();
      const at = now();
      await db.transaction('rw', syncTables(db, db.outreach, db.pipeline, db.creators, db.listMembers), async () => {
        for (const handle of handles) {
          await ensureInPipeline(db, handle, author, at);
          await outreachRepo.log(db, { handle, channel: 'seller_center_invite', direction: 'out', author, note: 'Seller Center invitation (logged from the bulk bar)' }, at);
        }
        await settingsRepo.put(db, PENDING_INVITE_KEY, null);
      });
      changed();
      return { logged: handles.length };
    },

    'quota.usage': async () => ({ ...(await readQuotaUsage(db, now())), lowScoreWarning: (await quotaSettings(db)).lowScoreWarning }),
  };
}
