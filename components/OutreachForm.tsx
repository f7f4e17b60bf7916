import { useState } from 'react';
import { CHANNELS, CHANNEL_LABEL, type Channel } from '../lib/model/outreach';
import type { Template } from '../lib/model/collections';

export interface OutreachInput {
  channel: Channel;
  direction: 'out' | 'in';
  templateId?: string;
  note?: string;
  followUpAt?: string;
}

/** One short form: channel, template, note, follow-up. Enter in the note submits. */
export function OutreachForm({ templates, onSubmit, busy }: { templates: Template[]; onSubmit: (input: OutreachInput) => void; busy?: boolean }) {
  const [channel, setChannel] = useState<Channel>('tiktok_dm');
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [templateId, setTemplateId] = useState('');
  const [note, setNote] = useState('');
  const [followUp, setFollowUp] = useState('');
  const submit = () => {
    onSubmit({
      channel,
      direction,
      templateId: templateId || undefined,
      note: note.trim() || undefined,
      followUpAt: followUp ? new Date(`${followUp}T09:00:00`).toISOString() : undefined,
    });
    setNote('');
  };
  const field = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs';
  return (
    <form
      className="grid grid-cols-2 gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <select aria-label="Channel" className={field} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABEL[c]}
          </option>
        ))}
      </select>
      <select aria-label="Direction" className={field} value={direction} onChange={(e) => setDirection(e.target.value as 'out' | 'in')}>
        <option value="out">I contacted them</option>
        <option value="in">They replied</option>
      </select>
      <select aria-label="Template" className={field} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
        <option value="">No template</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <input aria-label="Follow up on" type="date" className={field} value={followUp} onChange={(e) => setFollowUp(e.target.value)} />
      <input aria-label="Note" placeholder="Note (Enter to log)" className={`${field} col-span-2`} value={note} onChange={(e) => setNote(e.target.value)} />
      <button data-scout="log-outreach" type="submit" disabled={busy} className="col-span-2 rounded bg-slate-800 px-2 py-1 text-xs font-medium text-white disabled:opacity-50">
        Log outreach
      </button>
    </form>
  );
}
