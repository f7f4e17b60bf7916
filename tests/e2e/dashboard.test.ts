import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsvRecords } from '../../lib/csv';
import { startHarness, type Harness } from './harness';
import { DAY, HOUR, PATH, TEMPLATES, makeSeed, mondayOf, storedRows, type Seed, type Story } from './dashboard-seed';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

// ---- The expected figures, counted from the stories (never through lib/reports) ----
interface Period { from?: string; to?: string }
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const inP = (t: number | undefined, p: Period) => t !== undefined && (!p.from || dayOf(t) >= p.from) && (!p.to || dayOf(t) <= p.to);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : undefined;
};
// The page writes figures for its reader (lib/format, Intl in the browser's UI language): the expected
// ones are written the same way, in the language the page reports (set once the page is open).
let locale = 'en-US';
const pct = (x: number | undefined) => (x === undefined ? '–' : new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x));
const one = (x: number | undefined) => (x === undefined ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x));
const usd = (x: number | undefined) => (x === undefined ? '–' : new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(x));
const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
const CHANNEL = { tiktok_dm: 'TikTok DM', email: 'Email', seller_center_invite: 'Seller Center invite' } as Record<string, string>;
const TEMPLATE = Object.fromEntries(TEMPLATES.map((t) => [t.id, t.name])) as Record<string, string>;
const tierOf = (f: number) => (f >= 100_000 ? 'Mid' : f >= 10_000 ? 'Micro' : 'Nano');
const monthEnd = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);

function expected(seed: Seed, p: Period, owner?: string) {
  const mine = seed.stories.filter((s) => !owner || s.owner.trim().toLowerCase() === owner.toLowerCase());
  const handles = new Set(mine.map((s) => s.handle));
  const furthest = (s: Story) => Math.max(0, ...s.moves.map((m) => PATH.indexOf(m.to as never)), s.sends.length ? 1 : -1, s.replyAt ? 2 : -1);
  const reached = PATH.map((_, i) => mine.filter((s) => furthest(s) >= i).length);
  const funnel = PATH.map((stage, i) => ({ stage, now: mine.filter((s) => s.moves.at(-1)!.to === stage).length, reached: reached[i]!, conversion: i && reached[i - 1] ? reached[i]! / reached[i - 1]! : undefined }));
  const cohort = mine.filter((s) => s.sends.length && inP(s.sends[0]!.at, p));
  const answered = (s: Story) => !!s.replyAt || s.moves.some((m) => m.to === 'declined' || PATH.indexOf(m.to as never) >= 2);
  const group = (members: Story[]) => {
    const replied = members.filter(answered).length;
    return { contacted: members.length, replied, rate: members.length ? replied / members.length : undefined, median: median(members.filter((s) => s.replyAt).map((s) => (s.replyAt! - s.sends[0]!.at) / HOUR)) };
  };
  const by = (key: (s: Story) => string) => {
    const m = new Map<string, Story[]>();
    for (const s of cohort) m.set(key(s), [...(m.get(key(s)) ?? []), s]);
    return new Map([...m].map(([k, v]) => [k, group(v)]));
  };
  const sends = mine.flatMap((s) => s.sends).filter((e) => inP(e.at, p));
  const perWeek = new Map<string, Map<string, number>>();
  for (const e of sends) {
    const w = dayOf(mondayOf(e.at));
    const m = perWeek.get(w) ?? new Map<string, number>();
    m.set(CHANNEL[e.channel]!, (m.get(CHANNEL[e.channel]!) ?? 0) + 1);
    perWeek.set(w, m);
  }
  const byAuthor = new Map<string, number>();
  for (const e of sends) byAuthor.set(e.author, (byAuthor.get(e.author) ?? 0) + 1);
  const samples = mine.flatMap((s) => s.samples.map((x) => ({ ...x, handle: s.handle })));
  const sent = samples.filter((x) => inP(x.sentAt, p));
  const rows = seed.perf.filter((r) => handles.has(r.handle) && (!p.to || `${r.month}-01` <= p.to) && (!p.from || monthEnd(r.month) >= p.from));
  const sum = (xs: typeof rows) => xs.reduce((a, r) => a + r.gmv, 0);
  const sampled = new Set(sent.map((x) => x.handle));
  const gmvBy = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, { gmv: number; orders: number; commission: number }>();
    for (const r of rows) {
      const v = m.get(key(r)) ?? { gmv: 0, orders: 0, commission: 0 };
      m.set(key(r), { gmv: v.gmv + r.gmv, orders: v.orders + r.orders, commission: v.commission + r.commission });
    }
    return m;
  };
  const story = new Map(seed.stories.map((s) => [s.handle, s]));
  return {
    total: mine.length,
    declined: mine.filter((s) => s.moves.at(-1)!.to === 'declined').length,
    notAFit: mine.filter((s) => s.moves.at(-1)!.to === 'not_a_fit').length,
    funnel,
    overall: group(cohort),
    byChannel: by((s) => CHANNEL[s.sends[0]!.channel]!),
    byTemplate: by((s) => (s.sends[0]!.templateId ? TEMPLATE[s.sends[0]!.templateId]! : '(no template)')),
    perWeek,
    byAuthor,
    sentTotal: sends.length,
    samples: { sent: sent.length, delivered: samples.filter((x) => inP(x.deliveredAt, p)).length, posted: samples.filter((x) => inP(x.postedAt, p)).length },
    gmv: { total: sum(rows), perSample: sent.length ? sum(rows.filter((r) => sampled.has(r.handle))) / sent.length : undefined },
    gmvByCreator: gmvBy((r) => `@${r.handle}`),
    gmvByTier: gmvBy((r) => tierOf(story.get(r.handle)!.followers)),
    gmvByProduct: gmvBy((r) => r.product),
    widerThanPeriod: rows.length > 0 && !!p.from && rows.some((r) => `${r.month}-01` < p.from! || monthEnd(r.month) > p.to!),
  };
}

// ---- Reading the page ----
const texts = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => (e.textContent ?? '').trim()));
async function table(page: Page, name: string): Promise<string[][]> {
  return page.$$eval(`[data-scout="report-${name}"] tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
}
const kpi = async (page: Page, key: string) => Object.fromEntries(await Promise.all(['value', 'previous', 'change'].map(async (part) => [part, ((await page.locator(`[data-kpi="${key}"] [data-part="${part}"]`).textContent().catch(() => '')) ?? '').trim()])));
const signed = (d: number, fmt: (x: number) => string) => (d > 0 ? `+${fmt(d)}` : d < 0 ? `−${fmt(-d)}` : `±${fmt(0)}`);

async function checkPage(page: Page, seed: Seed, p: Period, prev: Period, owner: string | undefined, label: string) {
  const e = expected(seed, p, owner);
  const b = expected(seed, prev, owner);
  let figures = 0;
  const eq = (actual: unknown, want: unknown, what: string) => {
    expect(actual, `${label}: ${what}`).toEqual(want);
    figures++;
  };
  // Headline figures with the previous period and the change.
  const kpis: [string, number | undefined, number | undefined, (x: number | undefined) => string, (d: number) => string][] = [
    ['contacts', e.overall.contacted, b.overall.contacted, (x) => String(x), (d) => signed(d, String)],
    ['replies', e.overall.replied, b.overall.replied, (x) => String(x), (d) => signed(d, String)],
    ['reply-rate', e.overall.rate, b.overall.rate, pct, (d) => signed(Math.round(d * 1000) / 10, (x) => `${x} pts`)],
    ['median-hours', e.overall.median, b.overall.median, (x) => (x === undefined ? '–' : `${one(x)} h`), (d) => signed(Math.round(d * 100) / 100, (x) => `${x} h`)],
    ['samples-sent', e.samples.sent, b.samples.sent, (x) => String(x), (d) => signed(d, String)],
    ['samples-posted', e.samples.posted, b.samples.posted, (x) => String(x), (d) => signed(d, String)],
    ['gmv', e.gmv.total, b.gmv.total, usd, (d) => signed(Math.round(d * 100) / 100, (x) => usd(x))],
  ];
  for (const [key, now, before, fmt, delta] of kpis) {
    const shown = await kpi(page, key);
    eq(shown.value, fmt(now), `${key} value`);
    eq(shown.previous, fmt(before), `${key} previous`);
    eq(shown.change, now === undefined || before === undefined ? '' : delta(now - before), `${key} change`);
  }
  // Funnel.
  eq(await page.locator('[data-scout="funnel"] h2').textContent(), `Funnel (${e.total} creators; ${e.declined} declined, ${e.notAFit} not a fit)`, 'funnel title');
  for (const s of e.funnel) {
    const cell = (col: string) => page.locator(`[data-scout="funnel"] tr[data-stage="${s.stage}"] [data-scout="${col}"]`).textContent();
    eq(await cell('stage-count'), String(s.now), `${s.stage} now`);
    eq(await cell('stage-reached'), String(s.reached), `${s.stage} reached`);
    eq(await cell('stage-conversion'), pct(s.conversion), `${s.stage} conversion`);
  }
  // Response rates, with the total row.
  const rateRows = (m: Map<string, ReturnType<typeof e.byChannel.get> & object>) =>
    [...[...m].map(([k, g]) => [k, String(g.contacted), String(g.replied), pct(g.rate), one(g.median)]).sort((x, y) => x[0]!.localeCompare(y[0]!)), ['All first messages', String(e.overall.contacted), String(e.overall.replied), pct(e.overall.rate), one(e.overall.median)]];
  if (e.overall.contacted) {
    const sortShown = (rows: string[][]) => [...rows.slice(0, -1).sort((x, y) => x[0]!.localeCompare(y[0]!)), rows.at(-1)!];
    eq(sortShown(await table(page, 'response-by-channel')), rateRows(e.byChannel as never), 'response by channel');
    eq(sortShown(await table(page, 'response-by-template')), rateRows(e.byTemplate as never), 'response by template');
    figures += (e.byChannel.size + e.byTemplate.size + 2) * 5;
  } else eq(await page.getByText('No creator was first contacted in this period').count(), 1, 'empty responses');
  // Sends by week (only channels used) and by author, with totals.
  if (e.sentTotal) {
    const headers = await texts(page, '[data-scout="report-sent-per-week"] thead th');
    const used = [...new Set([...e.perWeek.values()].flatMap((m) => [...m.keys()]))];
    eq([...headers.slice(1, -1)].sort(), used.sort(), 'channel columns used');
    const weeks = [...e.perWeek.keys()].sort();
    const want = weeks.map((w) => [day(w), ...headers.slice(1, -1).map((c) => String(e.perWeek.get(w)!.get(c) ?? 0)), String([...e.perWeek.get(w)!.values()].reduce((a, x) => a + x, 0))]);
    want.push(['Total', ...headers.slice(1, -1).map((c) => String(weeks.reduce((a, w) => a + (e.perWeek.get(w)!.get(c) ?? 0), 0))), String(e.sentTotal)]);
    eq(await table(page, 'sent-per-week'), want, 'sent per week');
    const authors = await table(page, 'sent-by-author');
    eq([...authors.slice(0, -1)].sort(), [...e.byAuthor].map(([a, n]) => [a, String(n)]).sort(), 'sent by author');
    eq(authors.at(-1), ['Total', String(e.sentTotal)], 'sent total');
    figures += want.length * (headers.length - 1) + authors.length * 2;
  }
  // Samples and GMV.
  eq(await page.locator('[data-scout="samples-sent"]').textContent(), String(e.samples.sent), 'samples sent');
  eq(await page.locator('[data-scout="samples-delivered"]').textContent(), String(e.samples.delivered), 'samples delivered');
  eq(await page.locator('[data-scout="samples-posted"]').textContent(), String(e.samples.posted), 'samples posted');
  eq(await page.locator('[data-scout="gmv-total"]').textContent(), usd(e.gmv.total), 'GMV total');
  eq(await page.locator('[data-scout="gmv-per-sample"]').textContent(), usd(e.gmv.perSample), 'GMV per sample');
  eq(await page.locator('[data-scout="gmv-coverage"]').count(), e.widerThanPeriod ? 1 : 0, 'GMV coverage note');
  const gmvRows = (m: Map<string, { gmv: number; orders: number; commission: number }>) => [...m].map(([k, v]) => [k, usd(v.gmv), String(v.orders), usd(v.commission)]).sort((x, y) => x[0]!.localeCompare(y[0]!));
  for (const [name, m] of [['gmv-by-creator', e.gmvByCreator], ['gmv-by-tier', e.gmvByTier], ['gmv-by-product', e.gmvByProduct]] as const) {
    eq((await table(page, name)).sort((x, y) => x[0]!.localeCompare(y[0]!)), gmvRows(m), name);
    figures += m.size * 4;
  }
  return figures;
}

describe('dashboard: the weekly report against a hand-counted team history', () => {
  it('shows every figure as counted from the stories, for this week, for an owner over four weeks, and exports it', { timeout: 120_000 }, async () => {
    const now = Date.now();
    const seed = makeSeed(now);
    const rows = storedRows(seed.stories);
    expect(seed.stories).toHaveLength(60);
    expect(rows.outreach.length).toBeGreaterThan(90);

    // Written into the extension's own IndexedDB from its own page (the database the dashboard reads).
    const dash = await h.openExtensionPage('dashboard.html');
    await dash.waitForSelector('[data-scout="funnel"]');
    locale = await dash.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    await dash.evaluate(async (tables) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      await new Promise((res, rej) => {
        const tx = db.transaction([...Object.keys(tables), 'keptCounts'], 'readwrite');
        for (const [name, list] of Object.entries(tables)) for (const row of list as object[]) tx.objectStore(name).put(row);
        // Written past the app's middleware: its kept stage counts no longer hold, so they go, and the app
        // counts the stage index until its next pipeline write counts them again (storage/kept-counts.ts).
        tx.objectStore('keptCounts').delete('pipeline.stage');
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    }, rows);
    await dash.reload();
    // The performance export goes through the dashboard's own import.
    await dash.locator('[data-scout="performance-csv"]').setInputFiles({ name: 'perf.csv', mimeType: 'text/csv', buffer: Buffer.from(seed.perfCsv) });
    await expect.poll(() => dash.locator('[data-scout="performance-preview"]').textContent()).toContain(`${seed.perf.length} rows to import, 0 with errors`);
    await dash.locator('[data-scout="performance-confirm"]').click();
    await expect.poll(() => dash.locator('[data-scout="performance-done"]').textContent()).toContain(`${seed.perf.length} performance rows imported`);

    // Opens on this week, against last week.
    const monday = mondayOf(now);
    const thisWeek = { from: dayOf(monday), to: dayOf(monday + 6 * DAY) };
    const lastWeek = { from: dayOf(monday - 7 * DAY), to: dayOf(monday - DAY) };
    await expect.poll(() => dash.locator('[data-scout="report-filters"]').textContent()).toContain(`Period: ${day(thisWeek.from)} to ${day(thisWeek.to)}`);
    expect(await dash.locator('[data-scout="report-filters"]').textContent()).toContain(`Compared with: ${day(lastWeek.from)} to ${day(lastWeek.to)} · Owner: everyone`);
    await expect.poll(() => dash.locator('[data-kpi="gmv"] [data-part="value"]').textContent()).not.toBe(usd(0));
    let figures = await checkPage(dash, seed, thisWeek, lastWeek, undefined, 'this week');

    // Alice's creators (written "Alice" and " alice "), last 4 weeks against the 4 before.
    expect(await texts(dash, '[data-scout="owner"] option')).toEqual(['Everyone', 'Alice', 'bob']);
    await dash.locator('[data-scout="owner"]').selectOption('Alice');
    await dash.locator('[data-scout="period"]').selectOption('last_4_weeks');
    const four = { from: dayOf(monday - 21 * DAY), to: dayOf(monday + 6 * DAY) };
    const fourBefore = { from: dayOf(monday - 49 * DAY), to: dayOf(monday - 22 * DAY) };
    await expect.poll(() => dash.locator('[data-scout="report-filters"]').textContent()).toContain(`Period: ${day(four.from)} to ${day(four.to)}`);
    figures += await checkPage(dash, seed, four, fourBefore, 'Alice', 'Alice, 4 weeks');

    // bob, last week.
    await dash.locator('[data-scout="owner"]').selectOption('bob');
    await dash.locator('[data-scout="period"]').selectOption('last_week');
    await expect.poll(() => dash.locator('[data-scout="report-filters"]').textContent()).toContain(`Period: ${day(lastWeek.from)} to ${day(lastWeek.to)}`);
    figures += await checkPage(dash, seed, lastWeek, { from: dayOf(monday - 14 * DAY), to: dayOf(monday - 8 * DAY) }, 'bob', 'bob, last week');
    expect(figures).toBeGreaterThan(250);

    // The report CSV: header block, human names, percentages as numbers, money with its currency.
    const [file] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-scout="report-csv"]').click()]);
    const csv = readFileSync((await file.path())!, 'utf8');
    const records = parseCsvRecords(csv.replace(/^\uFEFF/, ''), ',').map((r) => r.cells);
    const head = Object.fromEntries(records.slice(1, 6).map(([k, v]) => [k, v]));
    expect(head).toMatchObject({ Period: `${lastWeek.from} to ${lastWeek.to} (UTC days, inclusive)`, Owner: 'bob', Currency: 'USD' });
    const e = expected(seed, lastWeek, 'bob');
    const at = (title: string) => records.findIndex((r) => r[0] === title);
    const summary = records.slice(at('Summary') + 2, at('Summary') + 9);
    expect(summary[0]!.slice(0, 2)).toEqual(['Creators contacted', String(e.overall.contacted)]);
    expect(summary[2]!.slice(0, 2)).toEqual(['Reply rate %', e.overall.rate === undefined ? '' : String(Math.round(e.overall.rate * 1000) / 10)]);
    expect(summary[6]![0]).toBe('GMV (USD)');
    expect(Number(summary[6]![1])).toBeCloseTo(e.gmv.total, 2);
    expect(csv).toContain('Response rate by template of the first message');
    expect(csv).not.toContain('tpl-intro');

    // A table's own export: handles bare (not a formula-guarded "'@name"), GMV and commission as numbers.
    const [tableFile] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-scout="report-gmv-by-creator"] button', { hasText: 'Export CSV' }).click()]);
    const table = parseCsvRecords(readFileSync((await tableFile.path())!, 'utf8').replace(/^\uFEFF/, ''), ',').map((r) => r.cells);
    expect(table.length).toBeGreaterThan(1);
    for (const [creator, gmv, orders, commission] of table.slice(1)) {
      expect(creator).toMatch(/^[a-z0-9._]+$/);
      expect([gmv, orders, commission].every((v) => /^-?\d+(\.\d+)?$/.test(v ?? ''))).toBe(true);
    }

    // On paper the filters show and the controls do not.
    await dash.emulateMedia({ media: 'print' });
    expect(await dash.locator('[data-scout="report-filters"]').isVisible()).toBe(true);
    expect(await dash.locator('[data-scout="owner"]').isVisible()).toBe(false);
    await dash.emulateMedia({ media: 'screen' });

    // A bulk stage move in the popup is recorded in the stage history, and the open dashboard follows it:
    // a prospect moved straight to negotiating has now reached contacted, replied and negotiating too.
    await dash.locator('[data-scout="owner"]').selectOption('');
    await dash.locator('[data-scout="period"]').selectOption('this_week');
    const reachedNow = () => Promise.all(PATH.map((s) => dash.locator(`[data-scout="funnel"] tr[data-stage="${s}"] [data-scout="stage-reached"]`).textContent()));
    const before = await reachedNow();
    const quiet = seed.stories.find((s) => s.moves.length === 1)!;
    const popup = await h.openExtensionPage('popup.html');
    await popup.locator('[data-scout="search"]').fill(quiet.handle);
    await expect.poll(() => popup.locator('[data-scout="row"]').count()).toBe(1);
    await popup.getByLabel(`Select @${quiet.handle}`).check();
    await popup.locator('[data-scout="bulk-stage"]').selectOption('negotiating');
    await expect.poll(() => popup.locator(`[data-scout="row"][data-handle="${quiet.handle}"] [data-scout="row-stage"]`).textContent()).toBe('Negotiating');
    const bump = (i: number) => String(Number(before[i]) + (i >= 1 && i <= 3 ? 1 : 0));
    await expect.poll(reachedNow, { timeout: 10_000 }).toEqual(PATH.map((_, i) => bump(i)));
    const history = await popup.evaluate(async (handle) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const rows: { from?: string; to: string }[] = await new Promise((res) => {
        const req = db.transaction('stageChanges').objectStore('stageChanges').index('handle').getAll(handle);
        req.onsuccess = () => res(req.result);
      });
      db.close();
      return rows.map((r) => `${r.from ?? ''}>${r.to}`).sort();
    }, quiet.handle);
    expect(history).toEqual(['>prospect', 'prospect>negotiating']);
    // The popup's write counted the stages again in its own transaction (the row was dropped above), in
    // real Chromium: the kept row the dashboard paints first equals the pipeline counted by hand.
    const kept = await popup.evaluate(async () => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('creator-scout');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction(['pipeline', 'keptCounts']);
      const read = <T,>(r: IDBRequest<T>) => new Promise<T>((res) => (r.onsuccess = () => res(r.result)));
      const [row, entries] = await Promise.all([read(tx.objectStore('keptCounts').get('pipeline.stage')), read(tx.objectStore('pipeline').getAll())]);
      db.close();
      const counted: Record<string, number> = {};
      for (const e of entries as { stage: string }[]) counted[e.stage] = (counted[e.stage] ?? 0) + 1;
      return { kept: (row as { counts: Record<string, number> } | undefined)?.counts, counted };
    });
    expect(kept.kept).toEqual(kept.counted);
    expect(Object.values(kept.counted).reduce((a, b) => a + b, 0)).toBe(seed.stories.length);
    await popup.close();

    // Campaigns and the calendar live on their own tab; a new campaign's form opens behind a button.
    await dash.locator('[data-scout="tab-campaigns"]').click();
    await dash.getByRole('button', { name: 'New campaign' }).click();
    await dash.getByLabel('Campaign name').fill('Holiday drop');
    const month = new Date().toISOString().slice(0, 7);
    await dash.getByLabel('Starts').fill(`${month}-01`);
    await dash.getByLabel('Ends').fill(`${month}-03`);
    await dash.getByText('Add campaign').click();
    await expect.poll(() => dash.locator('[data-scout="calendar"]').getByText('Holiday drop').count()).toBe(3);
  });
});
