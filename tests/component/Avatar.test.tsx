import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { creatorsRepo } from '../../storage/creators';
import { PipelineFilter } from '../../lib/pipeline/view';
import { PipelineView } from '../../entrypoints/popup/PipelineView';
import { usePopupStore } from '../../entrypoints/popup/store';

const T = new Date('2026-11-20T10:00:00Z');
let db: ScoutDB;

beforeEach(() => {
  usePopupStore.setState({ rows: [], complete: false, filter: PipelineFilter.parse({}), sort: 'updated', selected: new Set(), visible: [] });
  db = new ScoutDB(`avatar-${Math.random()}`);
});
afterEach(() => db.delete());

describe('popup avatars', () => {
  it('loads an avatar from TikTok image hosts only; a page-supplied URL elsewhere shows the placeholder', async () => {
    const real = 'https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/7c2a~c5_100x100.jpeg';
    await creatorsRepo.observe(db, { handle: 'mara', nickname: 'Mara', avatarUrl: real }, [], T);
    await creatorsRepo.observe(db, { handle: 'spy', nickname: 'Spy', avatarUrl: 'https://evil.example/pixel.gif?who=alex' }, [], T);
    await creatorsRepo.observe(db, { handle: 'plain', nickname: 'Plain', avatarUrl: 'http://p16-sign-va.tiktokcdn.com/x.jpeg' }, [], T);
    for (const h of ['mara', 'spy', 'plain']) await pipelineRepo.add(db, h, {}, T);
    const { container } = render(<PipelineView db={db} me="alex" />);
    await waitFor(() => expect(container.querySelectorAll('[data-scout="row"]').length).toBe(3));
    const row = (h: string) => container.querySelector(`[data-scout="row"][data-handle="${h}"]`)!;
    await waitFor(() => expect(row('mara').querySelector('img')?.getAttribute('src')).toBe(real));
    for (const h of ['spy', 'plain']) {
      expect(row(h).querySelector('img'), h).toBeNull();
      expect(row(h).querySelector('[data-scout="avatar-placeholder"]'), h).not.toBeNull();
    }
    expect(container.innerHTML).not.toContain('evil.example');
  });
});
