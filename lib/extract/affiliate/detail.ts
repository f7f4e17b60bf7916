import { Handle } from '../../model/pipeline';
import { CreatorDetail } from '../../model/affiliate';
import { field, isRecord, parseBody, readId, readMoney, readNames, readNumber, readRate, readSplit, readString } from './values';

type Row = Record<string, unknown>;

/** The profile object of a `marketplace/profile` answer, wherever this variant put it. */
function profileOf(body: unknown): Row | undefined {
  const p = field(body, 'creator_profile') ?? field(body, 'profile');
  if (isRecord(p)) return p;
  const data = isRecord(body) ? body.data : undefined;
  return isRecord(data) ? data : undefined;
}

function contactValues(v: unknown): string[] | undefined {
  const list = isRecord(v) && 'value' in v ? v.value : v;
  if (!Array.isArray(list)) return undefined;
  const out = list.slice(0, 20).flatMap((c) => {
    const s = readString(isRecord(c) ? c.value : c, 300);
    return s ? [s] : [];
  });
  return out.length ? out : undefined;
}

/**
 * One section of a creator's detail page (`marketplace/profile`, one request per `profile_types`):
 * the figures it holds. The creator id comes from the answer, else from the request.
 */
export function parseCreatorDetail(requestBody: unknown, body: unknown): { oecId: string; handle?: string; detail: CreatorDetail } | undefined {
  const p = profileOf(body);
  if (!p) return undefined;
  const req = parseBody(requestBody);
  const oecId = readId(p.creator_oecuid ?? p.creator_oec_id) ?? (isRecord(req) ? readId(req.creator_oec_id) : undefined);
  if (!oecId) return undefined;
  const handle = Handle.safeParse(readString(p.handle, 80) ?? '');
  const categories = readNames(p.category);
  const candidate = {
    gmv: readMoney(p.med_gmv_revenue) ?? readMoney(p.gmv) ?? readMoney(p.gmv_level),
    itemsSold: readNumber(p.units_sold),
    gpm: readMoney(p.med_gpm) ?? readMoney(p.gpm),
    avgViews: readNumber(p.avg_ec_video_view_cnt ?? p.avg_video_view_cnt ?? p.video_avg_view_cnt),
    engagementRate: readRate(p.ec_video_engagement ?? p.engagement_rate ?? p.video_engagement),
    followerGender: readSplit(p.follower_genders ?? p.follower_gender),
    followerAge: readSplit(p.follower_ages ?? p.follower_age),
    followerRegion: readSplit(p.follower_regions ?? p.follower_region ?? p.top_follower_locations),
    categories: categories.length ? categories : undefined,
    bio: readString(p.bio ?? p.signature, 2000),
    bioLink: readString(p.bio_link ?? p.bio_url, 2000),
    contactValues: contactValues(p.contact_info ?? p.contacts),
  };
  const parsed = CreatorDetail.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!parsed.success) return undefined;
  return { oecId, ...(handle.success ? { handle: handle.data } : {}), detail: parsed.data };
}
