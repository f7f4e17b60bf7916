import type { OutreachEvent } from '../model/outreach';
import type { Stage } from '../model/pipeline';
import { median } from '../scoring/metrics';

const REPLIED_OR_LATER = new Set<Stage>(['replied', 'negotiating', 'sample_sent', 'posted', 'active', 'declined']);

export interface RateRow {
  key: string;
  contacted: number;
  replied: number;
  rate: number;
  /** Median hours from the first message to the first reply, over creators who replied by message. */
  medianHoursToReply?: number;
}

/**
 * Response rates by the channel and by the template of each creator's first outbound message.
 * A reply is an inbound event after that message, or the creator's stage having moved to replied or
 * later (a decline is an answer too). Events must come grouped by creator, oldest first.
 */
export function responseRates(eventsByCreator: Map<string, OutreachEvent[]>, stageOf: (handle: string) => Stage | undefined) {
  const by = (pick: (e: OutreachEvent) => string) => {
    const rows = new Map<string, { contacted: number; replied: number; hours: number[] }>();
    for (const [handle, events] of eventsByCreator) {
      const first = events.find((e) => e.direction === 'out');
      if (!first) continue;
      const reply = events.find((e) => e.direction === 'in' && e.at > first.at);
      const stage = stageOf(handle);
      const replied = !!reply || (stage !== undefined && REPLIED_OR_LATER.has(stage));
      const key = pick(first);
      const row = rows.get(key) ?? { contacted: 0, replied: 0, hours: [] };
      row.contacted++;
      if (replied) row.replied++;
      if (reply) row.hours.push((Date.parse(reply.at) - Date.parse(first.at)) / 3_600_000);
      rows.set(key, row);
    }
    return [...rows.entries()]
      .map(([key, r]): RateRow => ({ key, contacted: r.contacted, replied: r.replied, rate: r.replied / r.contacted, medianHoursToReply: median(r.hours) }))
      .sort((a, b) => b.contacted - a.contacted);
  };
  return { byChannel: by((e) => e.channel), byTemplate: by((e) => e.templateId ?? '(no template)') };
}

/** Outbound messages per ISO week (Monday start, UTC) and channel. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day);
  return d.toISOString().slice(0, 10);
}
