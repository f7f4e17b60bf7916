import { z } from '../zod';
import { Stage } from '../model/pipeline';
import { Channel } from '../model/outreach';

// DESIGN §8b [contract]: the input, filter and output of buildReport. Extra fields are ignored.
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must look like 2026-11-02');

export const ReportInput = z.object({
  pipeline: z.array(z.object({ handle: z.string(), stage: Stage, owner: z.string().optional(), addedAt: z.string() })),
  stageChanges: z.array(z.object({ handle: z.string(), to: Stage, at: z.string() })),
  outreach: z.array(
    z.object({ id: z.string(), handle: z.string(), at: z.string(), channel: Channel, direction: z.enum(['out', 'in']), templateId: z.string().optional(), author: z.string().optional() }),
  ),
  samples: z.array(z.object({ handle: z.string(), sentAt: z.string().optional(), deliveredAt: z.string().optional(), postedAt: z.string().optional() })),
  performance: z.array(
    z.object({ handle: z.string(), gmv: z.number(), orders: z.number().optional(), commission: z.number().optional(), productId: z.string().optional(), periodStart: z.string(), periodEnd: z.string() }),
  ),
  creators: z.array(z.object({ handle: z.string(), followers: z.number().optional() })).optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const ReportFilter = z.object({ from: Day.optional(), to: Day.optional(), owner: z.string().optional() });
export type ReportFilter = z.infer<typeof ReportFilter>;

export const ReportRow = z.object({ key: z.string(), contacted: z.number(), replied: z.number(), rate: z.number(), medianHoursToReply: z.number().optional() });
export type ReportRow = z.infer<typeof ReportRow>;

export const Report = z.object({
  funnel: z.object({
    total: z.number(),
    declined: z.number(),
    notAFit: z.number(),
    steps: z.array(z.object({ stage: Stage, now: z.number(), reached: z.number(), conversion: z.number().optional() })),
  }),
  responses: z.object({ overall: ReportRow, byChannel: z.array(ReportRow), byTemplate: z.array(ReportRow) }),
  sends: z.object({
    byWeek: z.array(z.object({ week: Day, channel: Channel, count: z.number() })),
    byAuthor: z.array(z.object({ author: z.string(), count: z.number() })),
  }),
  samples: z.object({ sent: z.number(), delivered: z.number(), posted: z.number() }),
  gmv: z.object({ total: z.number(), perSample: z.number().optional() }),
});
export type Report = z.infer<typeof Report>;
