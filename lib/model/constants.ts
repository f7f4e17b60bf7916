import { labels } from '../i18n/t';

// Plain lists, no zod: the popup's first screen shows them before the schema library has loaded.
// The schemas in pipeline.ts and tier.ts are built from these.

export const STAGES = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined', 'not_a_fit'] as const;

/** Each stage's name in the reader's language (locales: common.stage.*). */
export const STAGE_LABEL = labels(STAGES, 'common.stage');

export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
