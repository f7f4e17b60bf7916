import { fastPercentWhole, fillN } from '../i18n/compiled';
import type { ExtractedVideo } from '../model/page';
import { median, videoEngagement } from './metrics';

/** How a creator's paid posts do against their organic ones: what a brand asks before paying for a post. */
export interface SponsoredSummary {
  sponsored: number;
  total: number;
  /** Median views of sponsored posts / median views of organic posts. */
  viewsRatio?: number;
  /** Median engagement per view of sponsored posts / the same of organic posts. */
  engagementRatio?: number;
}

export function summarizeSponsored(videos: readonly ExtractedVideo[]): SponsoredSummary | undefined {
  const paidViews: number[] = [];
  const organicViews: number[] = [];
  const paidRates: number[] = [];
  const organicRates: number[] = [];
  let sponsored = 0;
  for (const v of videos) {
    const paid = v.sponsored === true;
    if (paid) sponsored++;
    if (v.views !== undefined) (paid ? paidViews : organicViews).push(v.views);
    const rate = videoEngagement(v);
    if (rate !== undefined) (paid ? paidRates : organicRates).push(rate);
  }
  if (!sponsored) return undefined;
  const ratio = (a: number[], b: number[]) => {
    const ma = median(a);
    const mb = median(b);
    return ma !== undefined && mb ? ma / mb : undefined;
  };
  return { sponsored, total: videos.length, viewsRatio: ratio(paidViews, organicViews), engagementRatio: ratio(paidRates, organicRates) };
}

/** "sponsored posts reach 40% of organic views and get 80% of organic engagement, 3 of 12 posts". */
export function describeSponsored(s: SponsoredSummary): string {
  const total = s.total;
  const count = String(s.sponsored);
  if (s.viewsRatio === undefined && s.engagementRatio === undefined) {
    return s.sponsored === s.total ? fillN('popup.score.sponsored.allPaid', total) : fillN('popup.score.sponsored.some', total, { sponsored: count });
  }
  const views = s.viewsRatio !== undefined ? fastPercentWhole(s.viewsRatio) : '';
  const engagement = s.engagementRatio !== undefined ? fastPercentWhole(s.engagementRatio) : '';
  const key = views && engagement ? 'popup.score.sponsored.both' : views ? 'popup.score.sponsored.views' : 'popup.score.sponsored.engagement';
  return fillN(key, total, { sponsored: count, views, engagement });
}
