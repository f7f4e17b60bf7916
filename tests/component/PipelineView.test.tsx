import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { creatorsRepo } from '../../storage/creators';
import { listsRepo } from '../../storage/lists';
import { PipelineView } from '../../entrypoints/popup/PipelineView';
import { ShortlistsPanel } from '../../entrypoints/popup/ShortlistsPanel';
import { usePopupStore } from '../../entrypoints/popup/store';
import { PipelineFilter } from '../../lib/pipeline/view';

let db: ScoutDB;
const T = new Date('2026-11-20T10:00:00Z');

beforeEach(async () => {
  usePopupStore.setState({ rows: [], complete: false, filter: PipelineFilter.parse({}), sort: 'updated', selected: new Set(), visible: [] });
  db = new ScoutDB(`popup-${Math.random()}`);
  for (let i = 0; i < 300; i++) {
    const handle = `creator_${i}`;
    await creatorsRepo.observe(db, { handle, nickname: i === 7 ? 'Mara Skincare' : `Name ${i}`, bio: '', verified: false, followers: 1000 * (i + 1) }, [], T);
    await pipelineRepo.add(db, handle, { owner: i % 2 ? 'alex' : 'sam', score: i % 100 }, new Date(T.getTime() + i * 1000));
  }
});
afterEach(() => db.delete());

const rowHandles = (c: HTMLElement) => [...c.querySelectorAll('[data-scout="row"]')].map((r) => r.getAttribute('data-handle'));

describe('PipelineView', () => {
  it('renders only the rows in view, searches as you type and filters by owner', async () => {
    const { container } = render(<PipelineView db={db} me="alex" />);
    await waitFor(() => expect(screen.getByText(/Pipeline \(300\)/)).toBeTruthy(), { timeout: 10_000 });
    expect(container.querySelectorAll('[data-scout="row"]').length).toBeLessThan(40);
    expect(rowHandles(container)[0]).toBe('creator_299');
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'skincare' } });
    expect(rowHandles(container)).toEqual(['creator_7']);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Owner filter'), { target: { value: 'sam' } });
    expect(screen.getByText(/Pipeline \(150 of 300\)/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'followers' } });
    expect(rowHandles(container)[0]).toBe('creator_298');
  });

  it('moves the selection to a stage in one step and undoes it', async () => {
    const { container } = render(<PipelineView db={db} me="alex" />);
    await waitFor(() => expect(screen.getByText(/Pipeline \(300\)/)).toBeTruthy(), { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'name 1' } });
    fireEvent.click(screen.getByLabelText('Select all shown'));
    const chosen = rowHandles(container);
    fireEvent.change(container.querySelector('[data-scout="bulk-stage"]')!, { target: { value: 'declined' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/moved to Declined/));
    const n = usePopupStore.getState().selected.size;
    expect(await db.pipeline.where('stage').equals('declined').count()).toBe(n);
    expect(chosen.length).toBeGreaterThan(0);
    fireEvent.click(container.querySelector('[data-scout="undo"]')!);
    await waitFor(async () => expect(await db.pipeline.where('stage').equals('declined').count()).toBe(0));
  });
});

describe('ShortlistsPanel', () => {
  it('creates, renames, deletes and restores a shortlist', async () => {
    render(<ShortlistsPanel db={db} />);
    fireEvent.change(screen.getByLabelText('New shortlist name'), { target: { value: 'Holiday' } });
    fireEvent.click(screen.getByText('Create'));
    await waitFor(() => expect(screen.getByText('Holiday (0)')).toBeTruthy());
    fireEvent.click(screen.getByText('Rename'));
    fireEvent.change(screen.getByLabelText('Shortlist name'), { target: { value: 'Holiday drop' } });
    fireEvent.click(screen.getByText('Save'));
    await waitFor(() => expect(screen.getByText('Holiday drop (0)')).toBeTruthy());
    fireEvent.click(screen.getByText('Delete'));
    await waitFor(() => expect(screen.getByText(/Deleted "Holiday drop"/)).toBeTruthy());
    expect(await listsRepo.all(db)).toHaveLength(0);
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(screen.getByText('Holiday drop (0)')).toBeTruthy());
  });
});
