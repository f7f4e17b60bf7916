import { Handle } from '../../model/pipeline';
import { AffiliateCreator } from '../../model/affiliate';
import { field, readId, readMoney, readNames, readNumber, readRate, readString } from './values';

type Row = Record<string, unknown>;

/** One `creator_profile_list[]` row, or undefined when it lacks a usable id or handle. */
export function creatorFromRow(row: unknown): AffiliateCreator | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const r = row as Row;
  const oecId = readId(r.creator_oecuid ?? r.creator_oec_id ?? r.oec_uid);
  const handle = Handle.safeParse(readString(r.handle ?? r.unique_id, 80) ?? '');
  if (!oecId || !handle.success) return undefined;
  const candidate = {
    oecId,
    handle: handle.data,
    nickname: readString(r.nickname, 200),
    followers: readNumber(r.follower_cnt ?? r.follower_count),
    avgViews: readNumber(r.avg_ec_video_view_cnt ?? r.avg_video_view_cnt),
    engagementRate: readRate(r.ec_video_engagement ?? r.engagement_rate),
    gmv: readMoney(r.gmv) ?? readMoney(r.gmv_level),
    itemsSold: readNumber(r.units_sold),
    categories: readNames(r.category),
    region: readString(r.region ?? r.selection_region, 8),
  };
  const parsed = AffiliateCreator.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  return parsed.success ? parsed.data : undefined;
}

/** Find creators (`marketplace/find`, `marketplace/ai/find`): every readable row, never throws. */
export function parseFindCreators(body: unknown): AffiliateCreator[] {
  const list = field(body, 'creator_profile_list');
  if (!Array.isArray(list)) return [];
  const out: AffiliateCreator[] = [];
  const seen = new Set<string>();
  for (const row of list.slice(0, 1000)) {
    const c = creatorFromRow(row);
    if (c && !seen.has(c.oecId)) {
      seen.add(c.oecId);
      out.push(c);
    }
  }
  return out;
}
