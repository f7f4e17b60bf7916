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

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "sponsored posts reach 40% of organic views and 80% of their engagement, 3 of 12 posts". */
export function describeSponsored(s: SponsoredSummary): string {
  const of = `${s.sponsored} of ${s.total} posts`;
  if (s.viewsRatio === undefined && s.engagementRatio === undefined) {
    return s.sponsored === s.total ? `all ${s.total} posts sponsored: no organic posts to compare` : `sponsored posts: ${of}`;
  }
  const parts: string[] = [];
  if (s.viewsRatio !== undefined) parts.push(`reach ${pct(s.viewsRatio)} of organic views`);
  if (s.engagementRatio !== undefined) parts.push(`get ${pct(s.engagementRatio)} of organic engagement`);
  return `sponsored posts ${parts.join(' and ')}, ${of}`;
}
