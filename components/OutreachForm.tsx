import { CHANNELS, CHANNEL_LABEL, type Channel } from '../lib/model/outreach';
import type { Template } from '../lib/model/collections';
import { useDraft } from './useDraft';

export interface OutreachInput {
  channel: Channel;
  direction: 'out' | 'in';
  templateId?: string;
  note?: string;
  followUpAt?: string;
}

interface Draft {
  channel: Channel;
  direction: 'out' | 'in';
  templateId: string;
  note: string;
  followUp: string;
}

/**
 * One short form: channel, template, note, follow-up. Enter in the note submits. With a `draftKey`
 * (extension pages only) what was typed survives the popup closing.
 */
export function OutreachForm({ templates, onSubmit, busy, draftKey, autoFocus }: { templates: Template[]; onSubmit: (input: OutreachInput) => Promise<boolean>; busy?: boolean; draftKey?: string; autoFocus?: boolean }) {
  const [d, setDraft] = useDraft<Draft>(draftKey, { channel: 'tiktok_dm', direction: 'out', templateId: '', note: '', followUp: '' });
  const set = (patch: Partial<Draft>) => setDraft({ ...d, ...patch });
  // The note is cleared only once the log is saved: a failed save keeps what was typed.
  const submit = async () => {
    const saved = await onSubmit({
      channel: d.channel,
      direction: d.direction,
      templateId: d.templateId || undefined,
      note: d.note.trim() || undefined,
      followUpAt: d.followUp ? new Date(`${d.followUp}T09:00:00`).toISOString() : undefined,
    });
    if (saved) set({ note: '', followUp: '' });
  };
  const field = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs';
  return (
    <form
      className="grid grid-cols-2 gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <select aria-label="Channel" className={field} value={d.channel} onChange={(e) => set({ channel: e.target.value as Channel })}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABEL[c]}
          </option>
        ))}
      </select>
      <select aria-label="Direction" className={field} value={d.direction} onChange={(e) => set({ direction: e.target.value as 'out' | 'in' })}>
        <option value="out">I contacted them</option>
        <option value="in">They replied</option>
      </select>
      <select aria-label="Template" className={field} value={d.templateId} onChange={(e) => set({ templateId: e.target.value })}>
        <option value="">No template</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <input aria-label="Follow up on" type="date" className={field} value={d.followUp} onChange={(e) => set({ followUp: e.target.value })} />
      <input aria-label="Note" placeholder="Note (Enter to log)" className={`${field} col-span-2`} autoFocus={autoFocus} value={d.note} onChange={(e) => set({ note: e.target.value })} />
      <button data-scout="log-outreach" type="submit" disabled={busy} className="col-span-2 rounded bg-slate-800 px-2 py-1 text-xs font-medium text-white disabled:opacity-50">
        Log outreach
      </button>
    </form>
  );
}
