// A five-week team history with a known truth, for the dashboard e2e. Each creator's story is drawn first
// (what happened to them, when); the rows the extension stores are written from the stories, and the test's
// expected figures are counted from the stories, never through the report code.

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const PATH = ['prospect', 'contacted', 'replied', 'negotiating', 'sample_sent', 'posted', 'active'] as const;
export const TEMPLATES = [{ id: 'tpl-intro', name: 'Intro DM' }, { id: 'tpl-terms', name: 'Terms email' }];

export interface Send { at: number; channel: string; templateId?: string; author: string }
export interface Story {
  handle: string;
  owner: string;
  followers: number;
  addedAt: number;
  sends: Send[];
  replyAt?: number;
  /** Stage moves in order, with times. */
  moves: { to: string; at: number }[];
  samples: { sentAt: number; deliveredAt?: number; postedAt?: number }[];
}
export interface Seed { stories: Story[]; perfCsv: string; perf: { handle: string; month: string; gmv: number; orders: number; commission: number; product: string }[] }

/** The Monday 00:00 UTC of the week holding t. */
export const mondayOf = (t: number) => {
  const d = new Date(t);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
};

export function makeSeed(now: number): Seed {
  let r = 20261125;
  const rand = () => ((r = (r * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const start = mondayOf(now) - 4 * 7 * DAY;
  const before = (t: number) => Math.min(t, now - 60_000);
  const stories: Story[] = [];
  for (let i = 0; i < 60; i++) {
    const owner = i % 2 ? 'bob' : i % 4 === 0 ? 'Alice' : ' alice ';
    const s: Story = { handle: `cr_${String(i).padStart(2, '0')}`, owner, followers: [4_000, 40_000, 240_000][i % 3]!, addedAt: start - 2 * DAY, sends: [], moves: [{ to: 'prospect', at: start - 2 * DAY }], samples: [] };
    stories.push(s);
    if (rand() < 0.2) {
      if (rand() < 0.4) s.moves.push({ to: 'not_a_fit', at: start + rand() * DAY });
      continue;
    }
    const me = owner.trim().toLowerCase();
    const first = start + rand() * (now - 3 * HOUR - start);
    s.sends.push({ at: first, channel: pick(['tiktok_dm', 'email', 'seller_center_invite']), templateId: pick(['tpl-intro', 'tpl-terms', undefined]), author: rand() < 0.8 ? me : me === 'bob' ? 'alice' : 'bob' });
    s.moves.push({ to: 'contacted', at: first });
    const followUps = Math.floor(rand() * 3);
    for (let k = 1; k <= followUps; k++) {
      const at = first + k * rand() * 4 * DAY;
      if (at < now - HOUR) s.sends.push({ at, channel: pick(['tiktok_dm', 'email']), templateId: pick(['tpl-terms', undefined]), author: me });
    }
    let t = first;
    if (rand() < 0.5 && first + 130 * HOUR < now) {
      s.replyAt = first + (1 + rand() * 120) * HOUR;
      t = s.replyAt;
      s.moves.push({ to: 'replied', at: t });
      for (const stage of ['negotiating', 'sample_sent', 'posted', 'active']) {
        if (rand() > 0.65) break;
        t = before(t + (2 + rand() * 48) * HOUR);
        s.moves.push({ to: stage, at: t });
        if (stage === 'sample_sent') s.samples.push({ sentAt: t, deliveredAt: t + 2 * DAY < now ? t + 2 * DAY : undefined });
        if (stage === 'posted') s.samples[0]!.postedAt = t;
      }
      if (s.moves.at(-1)!.to === 'replied' && rand() < 0.3) s.moves.push({ to: 'declined', at: before(t + 5 * HOUR) });
    } else if (rand() < 0.3) s.moves.push({ to: 'declined', at: before(first + 30 * HOUR) });
    // A few creators get a sample while still negotiating.
    if (s.moves.at(-1)!.to === 'negotiating' && rand() < 0.9) s.samples.push({ sentAt: before(t + 3 * HOUR) });
  }
  // Seller Center rows, monthly, for creators who posted and a few who did not.
  const months = [...new Set([start, now].map((t) => new Date(t).toISOString().slice(0, 7)))];
  const perf: Seed['perf'] = [];
  for (const s of stories) {
    const posted = s.moves.some((m) => m.to === 'posted');
    if (!posted && rand() > 0.1) continue;
    for (const month of months) {
      const gmv = Math.round(rand() * 250_000) / 100;
      perf.push({ handle: s.handle, month, gmv, orders: 1 + Math.floor(rand() * 40), commission: Math.round(gmv * 15) / 100, product: pick(['prod-serum', 'prod-toner']) });
    }
  }
  const perfCsv = ['Creator,Period,GMV,Orders,Estimated commission,Product ID', ...perf.map((p) => `@${p.handle},${p.month},"$${p.gmv.toFixed(2)}",${p.orders},${p.commission.toFixed(2)},${p.product}`)].join('\n');
  return { stories, perfCsv, perf };
}

/** The rows the extension stores, as its repositories write them. */
export function storedRows(stories: Story[]) {
  const iso = (t: number) => new Date(t).toISOString();
  let n = 0;
  const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const pipeline = stories.map((s) => ({ handle: s.handle, stage: s.moves.at(-1)!.to, owner: s.owner, tags: [], notes: '', products: [], addedAt: iso(s.addedAt), updatedAt: iso(s.moves.at(-1)!.at) }));
  const creators = stories.map((s) => ({ handle: s.handle, nickname: s.handle, bio: '', verified: false, followers: s.followers, seenAt: iso(s.addedAt) }));
  const stageChanges = stories.flatMap((s) => s.moves.map((m, i) => ({ id: uuid(), handle: s.handle, ...(i ? { from: s.moves[i - 1]!.to } : {}), to: m.to, at: iso(m.at), author: s.owner.trim() })));
  const outreach = stories.flatMap((s) => [
    ...s.sends.map((e) => ({ id: uuid(), handle: s.handle, at: iso(e.at), channel: e.channel, direction: 'out', ...(e.templateId ? { templateId: e.templateId } : {}), note: '', author: e.author })),
    ...(s.replyAt ? [{ id: uuid(), handle: s.handle, at: iso(s.replyAt), channel: s.sends[0]!.channel, direction: 'in', note: '', author: '' }] : []),
  ]);
  const samples = stories.flatMap((s) => s.samples.map((x) => ({ id: uuid(), handle: s.handle, sentAt: iso(x.sentAt), ...(x.deliveredAt ? { deliveredAt: iso(x.deliveredAt) } : {}), ...(x.postedAt ? { postedAt: iso(x.postedAt) } : {}), updatedAt: iso(x.postedAt ?? x.sentAt) })));
  const templates = TEMPLATES.map((t) => ({ ...t, body: 'Hi {{nickname}}', updatedAt: iso(stories[0]!.addedAt) }));
  return { pipeline, creators, stageChanges, outreach, samples, templates };
}
