import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { outboxRepo } from '../../storage/outbox';
import { syncRejectedRepo } from '../../storage/sync-rejected';
import { settingsRepo } from '../../storage/settings';
import { SyncProblems } from '../../components/SyncProblems';
import { SyncStatusLine } from '../../entrypoints/popup/SyncStatusLine';
import { CONFIG_KEY } from '../../storage/sync-engine';

const T = new Date('2026-11-20T10:00:00Z');
let db: ScoutDB;
beforeEach(() => {
  db = new ScoutDB(`sync-problems-${Math.random()}`);
});
afterEach(() => db.delete());

/** A change the server refused, as the sync engine files it. */
async function refuse(reason: string) {
  // The newest change of the pipeline entry (a stage change is queued beside it).
  const entries = await outboxRepo.pending(db);
  const last = entries.filter((e) => e.table === 'pipeline').at(-1)!;
  await syncRejectedRepo.reject(db, [{ entry: last, reason }], T);
}

describe('SyncProblems (the could-not-sync list)', () => {
  it('shows each refused change with its reason; edit and retry queues the edited change and updates the row', async () => {
    await pipelineRepo.add(db, 'mara', {}, T);
    await pipelineRepo.update(db, 'mara', { notes: 'pasted\u0000from a CSV' }, T);
    await refuse('fields.notes: contains a NUL character (\\u0000), which the server cannot store');
    await outboxRepo.acknowledge(db, (await outboxRepo.pending(db)).map((m) => m.id));
    let changed = 0;
    render(<SyncProblems db={db} onChanged={() => changed++} />);
    const item = await screen.findByText(/contains a NUL character/);
    const li = item.closest('li')!;
    expect(within(li).getByText('Pipeline entry')).toBeTruthy();
    fireEvent.click(within(li).getByText('Edit'));
    fireEvent.change(within(li).getByLabelText(/^notes/), { target: { value: 'pasted from a CSV' } });
    fireEvent.click(within(li).getByText('Save and retry'));
    await waitFor(async () => expect(await syncRejectedRepo.count(db)).toBe(0));
    expect(changed).toBe(1);
    const [queued] = await outboxRepo.pending(db);
    expect(queued).toMatchObject({ table: 'pipeline', key: 'mara', fields: expect.objectContaining({ notes: 'pasted from a CSV' }) });
    expect((await pipelineRepo.get(db, 'mara'))!.notes).toBe('pasted from a CSV');
    await waitFor(() => expect(screen.getByText('Every change reached the team.')).toBeTruthy());
  });

  it('says why an edit would still be refused, and discard gives the change up and re-reads the team version', async () => {
    await pipelineRepo.add(db, 'kim', {}, T);
    await refuse('clock ahead: stamped 86400 s after the server\'s time (at most 60 s allowed)');
    await settingsRepo.put(db, 'sync.cursor', 42);
    render(<SyncProblems db={db} />);
    const li = (await screen.findByText(/clock ahead/)).closest('li')!;
    fireEvent.click(within(li).getByText('Edit'));
    fireEvent.change(within(li).getByLabelText(/^notes/), { target: { value: 'x\u0000' } });
    fireEvent.click(within(li).getByText('Save and retry'));
    expect((await within(li).findByRole('alert')).textContent).toMatch(/fields\.notes: contains a NUL/);
    fireEvent.click(within(li).getByText('Discard'));
    await waitFor(async () => expect(await syncRejectedRepo.count(db)).toBe(0));
    expect(await pipelineRepo.get(db, 'kim')).toBeUndefined();
    expect(await settingsRepo.get(db, 'sync.cursor', -1)).toBe(0);
  });

  it("the popup's sync status appears only when sync is on and something needs attention", async () => {
    await pipelineRepo.add(db, 'mara', {}, T);
    await pipelineRepo.add(db, 'kim', {}, T);
    await refuse('row too large: this change makes pipeline/kim 300 KB, over the 256 KB a row may hold');
    const { container, rerender } = render(<SyncStatusLine db={db} />);
    // Not connected: nothing, even with a refused change.
    await new Promise((r) => setTimeout(r, 100));
    expect(container.querySelector('[data-scout="sync-status"]')).toBeNull();
    await settingsRepo.put(db, CONFIG_KEY, { url: 'http://127.0.0.1:8787', token: `cs_${'a'.repeat(16)}_${'b'.repeat(43)}` });
    rerender(<SyncStatusLine db={db} />);
    await waitFor(() => expect(container.querySelector('[data-scout="sync-status"]')?.textContent).toMatch(/Team sync: \d+ waiting, 1 could not sync/));
    expect(await screen.findByText(/row too large/)).toBeTruthy();
  });
});
