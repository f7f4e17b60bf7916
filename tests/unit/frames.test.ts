import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoutDB } from '../../storage/db';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { createPageStates } from '../../lib/frames/page-state';
import { FrameState, type FrameState as FrameStateT } from '../../lib/messaging/protocol-frames';
import { TtUser, TtUserDetailResponse } from '../../lib/extract/tiktok-json';
import { outreachRepo } from '../../storage/outreach';
import { freshDb } from './db-helpers';

const OWN = { id: 'scoutid', origin: 'chrome-extension://scoutid/' };
const tab = (id: number) => ({ id: 'scoutid', url: 'https://www.tiktok.com/@mara', tab: { id, url: 'https://www.tiktok.com/@mara' } });
const NOW = new Date('2026-11-24T10:00:00Z');

let db: ScoutDB;
afterEach(() => db?.delete());

function setup() {
  db = freshDb();
  const pushed: { tabId: number; state: FrameStateT }[] = [];
  const pages = createPageStates((tabId, state) => pushed.push({ tabId, state }));
  const route = createRouter(createHandlers(db, () => NOW, { pages }), OWN);
  return { route, pages, pushed };
}

const mara = { handle: 'mara', nickname: 'Mara', bio: '', verified: false, followers: 184_300 };

describe('page state for the panel frames', () => {
  it('keeps what each tab read for its own frames, and pushes every change', async () => {
    const { route, pages, pushed } = setup();
    const read = { kind: 'profile', creator: mara, videos: [], warnings: ['videos'] };
    expect(await route({ type: 'page.creator', payload: { read } }, tab(7))).toMatchObject({ ok: true });
    expect(await route({ type: 'page.creator', payload: { read: { kind: 'reading', handle: '@Kate' } } }, tab(8))).toMatchObject({ ok: true });
    expect(pages.get(7, 'panel')).toMatchObject({ kind: 'panel', view: { kind: 'creator', creator: { handle: 'mara' } } });
    expect(pages.get(8, 'panel')).toEqual({ kind: 'panel', view: { kind: 'reading', handle: 'kate' } });
    expect(pages.get(9, 'panel')).toBeUndefined();
    expect(pushed.map((p) => p.tabId)).toEqual([7, 8]);
    for (const p of pushed) expect(FrameState.safeParse(p.state).success).toBe(true);
  });

  it("carries TikTok's dark theme to the tab's own frames only, and only when it changes", async () => {
    const { route, pages, pushed } = setup();
    await route({ type: 'page.creator', payload: { read: { kind: 'profile', creator: mara, videos: [], warnings: [] } } }, tab(3));
    pushed.length = 0;
    expect(await route({ type: 'page.theme', payload: { dark: true } }, tab(3))).toMatchObject({ ok: true });
    expect(pages.get(3, 'panel')).toMatchObject({ dark: true });
    expect(pages.get(4, 'panel')).toBeUndefined();
    expect(pushed.map((p) => [p.tabId, p.state.kind, p.state.dark])).toEqual([[3, 'panel', true], [3, 'bulk-bar', true]]);
    await route({ type: 'page.theme', payload: { dark: true } }, tab(3));
    expect(pushed).toHaveLength(2);
    expect(await route({ type: 'page.theme', payload: { dark: 'yes' } }, tab(3))).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('merges what the page tap copied, validated in the background; junk is ignored', async () => {
    const { route, pages } = setup();
    await route({ type: 'page.creator', payload: { read: { kind: 'profile', creator: mara, videos: [], warnings: ['videos'] } } }, tab(1));
    const body = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/tiktok/api-post-item_list.json'), 'utf8'));
    for (const item of body.itemList) item.author = { uniqueId: 'mara' };
    expect(await route({ type: 'page.tapped', payload: { url: 'https://www.tiktok.com/api/post/item_list/?count=35', body } }, tab(1))).toMatchObject({ ok: true });
    expect(await route({ type: 'page.tapped', payload: { url: 'https://www.tiktok.com/api/user/detail/', body: { userInfo: 'nope' } } }, tab(1))).toMatchObject({ ok: true });
    const view = pages.get(1, 'panel');
    expect(view?.kind === 'panel' && view.view.kind === 'creator' && view.view.videos.length).toBeGreaterThan(0);
    expect(view?.kind === 'panel' && view.view.kind === 'creator' && view.view.warnings).not.toContain('videos');
  });

  it('refuses a malformed read naming the field, and page messages that come from no tab', async () => {
    const { route } = setup();
    const bad = await route({ type: 'page.creator', payload: { read: { kind: 'profile', creator: { ...mara, followers: -1 }, videos: [], warnings: [] } } }, tab(1));
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(JSON.stringify(bad)).toContain('followers');
    const noTab = await route({ type: 'page.product', payload: { view: { kind: 'reading' } } }, { id: 'scoutid', url: 'https://www.tiktok.com/shop/x' });
    expect(noTab).toMatchObject({ ok: false, error: { message: expect.stringContaining('content script in a tab') } });
  });

  it('scores list chips in the background and tells only score and in-pipeline; the bulk bar gets the selection', async () => {
    const { route, pages } = setup();
    await outreachRepo.log(db, { handle: 'in_already', channel: 'tiktok_dm', direction: 'out', note: 'secret', author: 'Priya' }, NOW);
    const creators = [
      { handle: 'in_already', followers: 50_000, categories: ['Beauty'] },
      { handle: 'fresh_one', followers: 900_000, engagementRate: 0.06, categories: [] },
    ];
    const r = await route({ type: 'list.observe', payload: { creators } }, tab(3));
    expect(r).toMatchObject({ ok: true });
    const chips = (r as { data: { chips: Record<string, unknown>[] } }).data.chips;
    expect(chips.map((c) => [c.handle, c.inPipeline])).toEqual([['in_already', true], ['fresh_one', false]]);
    for (const c of chips) expect(Object.keys(c).sort()).toEqual(['handle', 'inPipeline', 'score']);
    await route({ type: 'list.select', payload: { handles: ['fresh_one'] } }, tab(3));
    const bar = pages.get(3, 'bulk-bar');
    expect(bar).toMatchObject({ kind: 'bulk-bar', list: { selected: ['fresh_one'] } });
    expect(bar?.kind === 'bulk-bar' && bar.list.seen.map((s) => s.handle)).toEqual(['in_already', 'fresh_one']);
  });
});

describe('TikTok JSON readers (no schema library in content scripts)', () => {
  it('keep fields of the right type, drop the rest, and refuse what is not an object', () => {
    const u = TtUser.safeParse({ uniqueId: 'Mara', verified: 'yes', nickname: 7, bioLink: { link: 'https://x' }, commerceUserInfo: 'odd', extra: 1 });
    expect(u.success && u.data).toMatchObject({ uniqueId: 'Mara', verified: undefined, nickname: undefined, bioLink: { link: 'https://x' }, commerceUserInfo: undefined, extra: 1 });
    expect(TtUser.safeParse([]).success).toBe(false);
    expect(TtUser.safeParse(null).success).toBe(false);
    expect(TtUserDetailResponse.safeParse({ userInfo: { user: 'x' } }).success).toBe(false);
    expect(TtUserDetailResponse.safeParse({ userInfo: { user: {}, stats: 3 } }).data?.userInfo.stats).toBeUndefined();
  });
});
