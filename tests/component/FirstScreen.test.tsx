import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { creatorsRepo } from '../../storage/creators';
import { readFirstRows } from '../../storage/first-rows';
import { FirstScreen } from '../../entrypoints/popup/FirstScreen';
import { PipelineView } from '../../entrypoints/popup/PipelineView';
import { usePopupStore } from '../../entrypoints/popup/store';
import { PipelineFilter } from '../../lib/pipeline/view';

let db: ScoutDB;
const T = new Date('2026-11-20T10:00:00Z');

beforeEach(async () => {
  usePopupStore.setState({ rows: [], complete: false, filter: PipelineFilter.parse({}), sort: 'updated', selected: new Set(), visible: [] });
  db = new ScoutDB(`first-${Math.random()}`);
  for (let i = 0; i < 50; i++) {
    await creatorsRepo.observe(db, { handle: `creator_${i}`, nickname: `<b>Name ${i}</b>`, bio: '', verified: false, followers: 12_000 + i }, [], T);
    await pipelineRepo.add(db, `creator_${i}`, { owner: 'sam', score: i }, new Date(T.getTime() + i * 1000));
  }
});
afterEach(() => db.delete());

const rowsHtml = (c: HTMLElement) => [...c.querySelectorAll('[data-scout="row"]')].map((r) => r.outerHTML.replaceAll(' disabled=""', ''));

describe('the popup first screen', () => {
  it('shows the newest rows in the layout of the pipeline, controls disabled, page text as text', async () => {
    const rows = await readFirstRows(indexedDB, db.name);
    const { container } = render(<FirstScreen rows={rows} />);
    expect(container.querySelector('[data-scout="row"]')?.getAttribute('data-handle')).toBe('creator_49');
    expect(screen.getByText('<b>Name 49</b> · 12K · micro', { exact: false })).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect((screen.getByLabelText('Search') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('tab', { name: 'Shortlists' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Pipeline \(30…\)/)).toBeTruthy();
  });

  it('is replaced by the app without a row changing: the app starts from the same rows', async () => {
    const rows = await readFirstRows(indexedDB, db.name);
    const first = render(<FirstScreen rows={rows} />);
    const before = rowsHtml(first.container);
    cleanup();
    // What main.tsx does before it renders the app.
    usePopupStore.getState().setRows(rows, false);
    const app = render(<PipelineView db={db} me="sam" />);
    expect(rowsHtml(app.container)).toEqual(before);
    expect((screen.getByLabelText('Search') as HTMLInputElement).disabled).toBe(false);
    // Then the full load takes over.
    await waitFor(() => expect(screen.getByText(/Pipeline \(50\)/)).toBeTruthy(), { timeout: 10_000 });
  });
});
