import type { ExtractedCreator, ExtractedVideo, ProfileExtract } from '../model/page';

/**
 * Combine a profile read from the page with what the page tap saw TikTok fetch: API videos carry
 * likes, dates and product links the grid lacks, so they win per video; page fields win per creator field
 * only where the API had none.
 */
export function mergeTapped(page: ProfileExtract, apiCreator: Partial<ExtractedCreator> | undefined, apiVideos: ExtractedVideo[]): ProfileExtract {
  const creator = { ...page.creator };
  for (const [k, v] of Object.entries(apiCreator ?? {})) {
    if (v !== undefined && (creator as Record<string, unknown>)[k] === undefined) (creator as Record<string, unknown>)[k] = v;
  }
  const byId = new Map(page.videos.map((v) => [v.id, v]));
  for (const v of apiVideos) byId.set(v.id, v);
  const videos = [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const fromApi = apiVideos.length > 0;
  const warnings = page.warnings.filter((w) => !(fromApi && w.startsWith('videos')) && !(k(w) && creator[k(w)!] !== undefined));
  return { kind: 'profile', creator, videos, warnings };
}

const k = (w: string) => (w.startsWith('creator.') ? (w.slice(8) as keyof ExtractedCreator) : undefined);
