import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScoutDB } from '../../storage/db';
import { syncRejectedRepo } from '../../storage/sync-rejected';
import { setMessages } from '../../lib/i18n/t';
import { explainEffects, formatAuc } from '../../lib/scoring/explain';
import { QuotaSettingsForm } from '../../entrypoints/options/QuotaSettingsForm';
import { TemplatesEditor } from '../../components/TemplatesEditor';
import { SyncProblems } from '../../components/SyncProblems';
import { messagesFor } from '../setup/i18n-catalog';

let db: ScoutDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
  // Back to English for the suites that follow.
  setMessages(await messagesFor('en'));
});

describe('Options in the reader’s language', () => {
  it('German: the quota form, its GMV bands and a refused time zone', async () => {
    setMessages(await messagesFor('de'));
    db = new ScoutDB(`locale-quota-${Math.random()}`);
    render(<QuotaSettingsForm db={db} />);
    const tier = (await screen.findByLabelText('Stufe', {}, { timeout: 5000 })) as HTMLSelectElement;
    // The bands are US dollars written the German way (Intl): "1000 $" or "1.000 $", never "$1k".
    expect(tier.querySelector('option[value="starter"]')!.textContent).toMatch(/^Starter \(GMV der letzten 30 Tage unter 1\.?000\s\$\)$/);
    expect(screen.getByLabelText('Einladungen pro Woche')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Zeitzone des Shops/), { target: { value: 'Nirgendwo/Land' } });
    fireEvent.click(screen.getByText('Kontingent speichern'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Zeitzone des Shops: „Nirgendwo/Land“ ist keine Zeitzone (zum Beispiel Europe/Berlin)'));
  });

  it('German: a refused change, its character count with German grouping', async () => {
    setMessages(await messagesFor('de'));
    db = new ScoutDB(`locale-problems-${Math.random()}`);
    await db.syncRejected.add({ id: 'm1', table: 'pipeline', key: 'mara', op: 'put', fields: { notes: 'x'.repeat(1234) }, hlc: '0', reason: 'fields.notes: too long', rejectedAt: new Date().toISOString() } as never);
    render(<SyncProblems db={db} />);
    expect(await screen.findByText('1 Änderung konnte nicht synchronisiert werden')).toBeTruthy();
    expect(screen.getByText('Grund: fields.notes: too long')).toBeTruthy();
    expect(screen.getByText('Pipeline-Eintrag')).toBeTruthy();
    fireEvent.click(screen.getByText('Bearbeiten'));
    expect(screen.getByLabelText('notes (1.234 Zeichen)')).toBeTruthy();
    expect(await syncRejectedRepo.count(db)).toBe(1);
  });

  it('Japanese: the templates editor, its empty state and a preview with Intl figures', async () => {
    setMessages(await messagesFor('ja'));
    db = new ScoutDB(`locale-templates-${Math.random()}`);
    render(<TemplatesEditor db={db} />);
    expect(screen.getByRole('heading', { name: 'メッセージテンプレート' })).toBeTruthy();
    expect(await screen.findByText('テンプレートはまだありません')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('テンプレートのメッセージ'), { target: { value: '{{nickname}} {{followers}} {{commission}}' } });
    // 184,000 in Japanese short form is 18.4万; the template body itself is the recruiter's text, untouched.
    expect(screen.getByLabelText('プレビュー').textContent).toBe('さくら 18.4万 15%');
    fireEvent.click(screen.getByText('テンプレートを追加'));
    expect(screen.getByRole('alert').textContent).toBe('テンプレートには名前とメッセージが必要です');
  });

  it('German: the learned model in words, with German decimals', async () => {
    setMessages(await messagesFor('de'));
    const lines = explainEffects(
      'replied',
      [
        { group: 'engagement', importance: 2.1, direction: 1, measured: true },
        { group: 'reach', importance: 1, direction: -1, measured: true },
        { group: 'viewRate', importance: 0.05, direction: 1, measured: true },
      ],
      [0, 0, 0],
    );
    expect(lines).toEqual([
      'Für Antworten zählt in Ihren Daten das Engagement 2,1× mehr als die Reichweite.',
      'Je höher das Engagement, desto mehr Antworten.',
      'Je höher die Reichweite, desto weniger Antworten.',
      'Die View-Rate spielt kaum eine Rolle.',
    ]);
    expect(formatAuc(0.7)).toBe('0,70');
  });
});
