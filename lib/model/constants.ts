// Plain lists, no zod: the popup's first screen shows them before the schema library has loaded.
// The schemas in pipeline.ts and tier.ts are built from these.

export const STAGES = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined', 'not_a_fit'] as const;

export const STAGE_LABEL: Record<(typeof STAGES)[number], string> = {
  prospect: 'Prospect',
  contacted: 'Contacted',
  replied: 'Replied',
  negotiating: 'Negotiating',
  sample_sent: 'Sample sent',
  posted: 'Posted',
  active: 'Active',
  declined: 'Declined',
  not_a_fit: 'Not a fit',
};

export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
