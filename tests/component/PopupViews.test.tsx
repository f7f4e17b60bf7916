import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { pipelineRepo } from '../../storage/pipeline';
import { listsRepo } from '../../storage/lists';
import { listMembersRepo } from '../../storage/list-members';
import { templatesRepo } from '../../storage/templates';
import { createHandlers } from '../../storage/handlers';
import { createRouter } from '../../lib/messaging/router';
import { bindAsk } from '../../lib/messaging/client';
import { PipelineFilter } from '../../lib/pipeline/view';
import { TemplatesEditor } from '../../components/TemplatesEditor';
import { PipelineView } from '../../entrypoints/popup/PipelineView';
import { CurrentCreator } from '../../entrypoints/popup/CurrentCreator';
import { SamplesForm } from '../../entrypoints/popup/SamplesForm';
import { ImportPanel } from '../../entrypoints/popup/ImportPanel';
import { usePopupStore } from '../../entrypoints/popup/store';
import { DataTools } from '../../entrypoints/options/DataTools';

const T = new Date('2026-11-20T10:00:00Z');
let db: ScoutDB;

beforeEach(() => {
  usePopupStore.setState({ rows: [], complete: false, filter: PipelineFilter.parse({}), sort: 'updated', selected: new Set(), visible: [] });
  db = new ScoutDB(`views-${Math.random()}`);
});
afterEach(() => db.delete());

const outboxOps = async () => (await db.outbox.toArray()).map((m) => `${m.table}:${m.op}:${m.key}`);

describe('TemplatesEditor', () => {
  it('creates a template with a live preview, edits it, deletes it and brings it back', async () => {
    render(<TemplatesEditor db={db} compact previewVars={{ handle: '@quietkate' }} />);
    fireEvent.change(screen.getByLabelText('Template name'), { target: { value: 'First DM' } });
    fireEvent.change(screen.getByLabelText('Template message'), { target: { value: 'Hi {{handle}}, {{commission}} on {{product}} {{unknown}}' } });
    // The preview fills known variables (the current creator's handle here) and leaves unknown ones visible.
    expect(screen.getByLabelText('Preview').textContent).toBe('Hi @quietkate, 15% on Hydrating Serum {{unknown}}');
    fireEvent.click(screen.getByText('Add template'));
    await waitFor(() => expect(screen.getByText('First DM')).toBeTruthy());
    const [saved] = await templatesRepo.all(db);

    fireEvent.click(screen.getByText('First DM'));
    expect((screen.getByLabelText('Template message') as HTMLTextAreaElement).value).toMatch(/^Hi \{\{handle\}\}/);
    fireEvent.change(screen.getByLabelText('Template message'), { target: { value: 'Hello {{nickname}}' } });
    fireEvent.click(screen.getByText('Update template'));
    await waitFor(async () => expect((await templatesRepo.get(db, saved!.id))?.body).toBe('Hello {{nickname}}'));
    expect(await templatesRepo.all(db)).toHaveLength(1);

    fireEvent.click(screen.getByLabelText('Delete template First DM'));
    await waitFor(() => expect(screen.getByText(/Deleted "First DM"/)).toBeTruthy());
    expect(await templatesRepo.all(db)).toHaveLength(0);
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(screen.getByText('First DM')).toBeTruthy());
    // Same id as before, so outreach logged with it still names it; the restore is queued for the team.
    expect((await templatesRepo.all(db)).map((t) => [t.id, t.body])).toEqual([[saved!.id, 'Hello {{nickname}}']]);
    expect((await outboxOps()).slice(-2)).toEqual([`templates:delete:${saved!.id}`, `templates:put:${saved!.id}`]);
  });

  it('refuses a template without a name or message', async () => {
    render(<TemplatesEditor db={db} />);
    fireEvent.click(screen.getByText('Add template'));
    expect(screen.getByRole('alert').textContent).toMatch(/needs a name and a message/);
    expect(await templatesRepo.all(db)).toHaveLength(0);
  });
});

describe('PipelineView on a shortlist', () => {
  it('removes one creator from the shortlist and undoes it, keeping the date they were added', async () => {
    for (const h of ['ana', 'ben']) await pipelineRepo.add(db, h, {}, T);
    const list = await listsRepo.create(db, 'Holiday', T);
    for (const h of ['ana', 'ben']) await listMembersRepo.add(db, list.id, h, T);
    usePopupStore.getState().setFilter({ listId: list.id });
    const { container } = render(<PipelineView db={db} me="alex" />);
    await waitFor(() => expect(container.querySelectorAll('[data-scout="row"]').length).toBe(2));
    fireEvent.click(screen.getByLabelText('Remove @ana from shortlist'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/@ana removed from Holiday/));
    await waitFor(() => expect(container.querySelectorAll('[data-scout="row"]').length).toBe(1));
    fireEvent.click(screen.getByText('Undo remove'));
    await waitFor(() => expect(container.querySelectorAll('[data-scout="row"]').length).toBe(2));
    expect((await listMembersRepo.ofList(db, list.id)).find((m) => m.handle === 'ana')?.addedAt).toBe(T.toISOString());
  });
});

describe('CurrentCreator', () => {
  it('shows the current creator and logs outreach through the background in one step', async () => {
    const route = createRouter(createHandlers(db, () => new Date('2026-11-24T12:00:00Z')), { id: 'x', origin: 'chrome-extension://x/' });
    const ask = bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/popup.html' }));
    await pipelineRepo.add(db, 'mara', { score: 71 }, T);
    render(<CurrentCreator db={db} handle="mara" ask={ask} templates={[]} />);
    await waitFor(() => expect(screen.getByText('71')).toBeTruthy());
    const section = document.querySelector('[data-scout="current-creator"]') as HTMLElement;
    fireEvent.click(within(section).getByText('Log outreach'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Outreach logged'));
    await waitFor(() => expect(document.querySelectorAll('[data-scout="history"] li').length).toBe(1));
    expect(await db.outreach.where('handle').equals('mara').count()).toBe(1);
    expect((await pipelineRepo.get(db, 'mara'))?.stage).toBe('contacted');
  });
});

describe('CurrentCreator drafts', () => {
  it('keeps a half-typed note when the popup closes, and when the log fails', async () => {
    const route = createRouter(createHandlers(db, () => new Date('2026-11-24T12:00:00Z')), { id: 'x', origin: 'chrome-extension://x/' });
    const ask = bindAsk((m) => route(m, { id: 'x', url: 'chrome-extension://x/popup.html' }));
    const first = render(<CurrentCreator db={db} handle="draft_case" ask={ask} templates={[]} />);
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'asked about rates' } });
    first.unmount();

    // Logging fails: what was typed stays.
    const failing: typeof ask = async (type, payload) => (type === 'outreach.log' ? Promise.reject(new Error('the background did not answer')) : ask(type, payload));
    render(<CurrentCreator db={db} handle="draft_case" ask={failing} templates={[]} />);
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('asked about rates');
    fireEvent.click(screen.getByText('Log outreach'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('the background did not answer'));
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('asked about rates');
  });
});

describe('SamplesForm', () => {
  it('records a sample and a posted video, and the stage follows', async () => {
    await pipelineRepo.add(db, 'mara', {}, T);
    render(<SamplesForm db={db} handle="mara" />);
    fireEvent.change(screen.getByLabelText('Sample product'), { target: { value: 'Serum 30ml' } });
    fireEvent.click(screen.getByText('Record sample sent'));
    await waitFor(() => expect(screen.getByText(/Samples \(1\)/)).toBeTruthy());
    expect((await pipelineRepo.get(db, 'mara'))?.stage).toBe('sample_sent');
    fireEvent.click(screen.getByText('mark delivered'));
    await waitFor(() => expect(screen.getByText(/delivered/)).toBeTruthy());
    const url = screen.getByLabelText('Video URL');
    fireEvent.change(url, { target: { value: 'https://www.tiktok.com/@mara/video/7301' } });
    fireEvent.blur(url);
    fireEvent.change(screen.getByLabelText('Boost status'), { target: { value: 'authorised' } });
    await waitFor(async () => expect((await pipelineRepo.get(db, 'mara'))?.stage).toBe('posted'));
    const [sample] = await db.samples.toArray();
    expect(sample).toMatchObject({ productId: 'Serum 30ml', videoUrl: 'https://www.tiktok.com/@mara/video/7301', boostStatus: 'authorised' });
    expect(sample!.deliveredAt).toBeTruthy();
  });
});

describe('ImportPanel', () => {
  it('previews a messy CSV with per-row errors and imports the good rows', async () => {
    const csv = '\uFEFFHandle;Followers;Stage\r\n@ana_b;12,5K;Contacted\r\n;;\r\nnot a handle!!;5;\r\n"@ben.c";"1.200";\r\n';
    render(<ImportPanel db={db} me="alex" />);
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([csv], 'export.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(screen.getByText(/export\.csv: 2 creators to import, \d+ rows? with errors/)).toBeTruthy());
    expect(document.querySelectorAll('[data-scout="import-errors"] li').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByText('Import 2'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/2 added/));
    expect((await pipelineRepo.get(db, 'ana_b'))?.stage).toBe('contacted');
    expect(await db.creators.get('ben.c')).toMatchObject({ followers: 1200 });
  });
});

describe('ImportPanel encodings', () => {
  it('reads a Windows-1252 file (Excel\'s plain CSV) and says so in the preview', async () => {
    const bytes = Uint8Array.from([...'handle,nickname\r\njose,Jos'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0d, 0x0a]));
    render(<ImportPanel db={db} me="alex" />);
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([bytes], 'excel.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(document.querySelector('[data-scout="import-encoding"]')?.textContent).toMatch(/Windows-1252/));
    expect(screen.getByText('José Müller')).toBeTruthy();
  });

  it('says nothing about the encoding of a UTF-8 file, and names the row of an ambiguous follower count', async () => {
    render(<ImportPanel db={db} me="alex" />);
    const csv = 'handle,followers\n"multi\nline",1\nmara,12.5\n';
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([csv], 'utf8.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(document.querySelector('[data-scout="import-errors"]')).toBeTruthy());
    expect(document.querySelector('[data-scout="import-encoding"]')).toBeNull();
    expect(document.querySelector('[data-scout="import-errors"]')!.textContent).toMatch(/row 3 \(file line 4\): followers "12.5" is a decimal without a unit/);
  });
});

describe('DataTools', () => {
  it('wipes everything only when asked twice', async () => {
    await pipelineRepo.add(db, 'mara', {}, T);
    render(<DataTools db={db} />);
    fireEvent.click(screen.getByText('Wipe all data…'));
    fireEvent.click(screen.getByText('Cancel'));
    expect(await db.pipeline.count()).toBe(1);
    fireEvent.click(screen.getByText('Wipe all data…'));
    expect(screen.getByRole('alert').textContent).toMatch(/deletes every creator/);
    fireEvent.click(screen.getByText('Yes, delete everything'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All local data deleted.'));
    expect(await db.pipeline.count()).toBe(0);
  });
});
