import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { exportEverything } from '../../storage/backup';
import { DataTools } from '../../entrypoints/options/DataTools';

const T = new Date('2026-11-20T10:00:00Z');
let db: ScoutDB;
beforeEach(() => {
  db = new ScoutDB(`data-tools-${Math.random()}`);
});
afterEach(() => db.delete());

const choose = (text: string, name = 'backup.json') =>
  fireEvent.change(document.querySelector('[data-scout="restore-file"]')!, { target: { files: [new File([text], name, { type: 'application/json' })] } });

describe('Options → Your data: restore', () => {
  it('restores a backup only after asking, and reports a bad file without touching anything', async () => {
    await pipelineRepo.add(db, 'mara', { owner: 'alex' }, T);
    const file = JSON.stringify(await exportEverything(db, T));
    await pipelineRepo.add(db, 'later', {}, T);
    render(<DataTools db={db} />);

    choose('{"not": "json"');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Backup file: backup\.json is not JSON/));
    choose(JSON.stringify({ exportedAt: 'x', version: 999, tables: {} }));
    fireEvent.click(await screen.findByText('Replace with the backup'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Backup file: version: this backup comes from a newer Creator Scout.*Nothing was changed/));
    expect(await db.pipeline.count()).toBe(2);

    choose(file);
    await screen.findByText('Replace with the backup');
    fireEvent.click(screen.getByText('Cancel'));
    expect(await db.pipeline.count()).toBe(2);
    choose(file);
    fireEvent.click(await screen.findByText('Replace with the backup'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Restored \d+ rows from backup\.json/));
    expect((await db.pipeline.toArray()).map((e) => e.handle)).toEqual(['mara']);
  });
});
