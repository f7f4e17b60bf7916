import { CHANNELS, CHANNEL_LABEL, type Channel } from '../lib/model/outreach';
import type { Template } from '../lib/model/collections';
import { useDraft } from './useDraft';
import { t } from '../lib/i18n/t';
import { Icon } from './Icon';

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
  const field = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-900';
  return (
    <form
      className="grid grid-cols-2 gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <select aria-label={t('popup.outreach.channel')} className={field} value={d.channel} onChange={(e) => set({ channel: e.target.value as Channel })}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABEL[c]}
          </option>
        ))}
      </select>
      <select aria-label={t('popup.outreach.direction')} className={field} value={d.direction} onChange={(e) => set({ direction: e.target.value as 'out' | 'in' })}>
        <option value="out">{t('popup.outreach.out')}</option>
        <option value="in">{t('popup.outreach.in')}</option>
      </select>
      <select aria-label={t('popup.outreach.template')} className={field} value={d.templateId} onChange={(e) => set({ templateId: e.target.value })}>
        <option value="">{t('popup.outreach.noTemplate')}</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <input aria-label={t('popup.outreach.followUp')} title={t('popup.outreach.followUp')} type="date" className={field} value={d.followUp} onChange={(e) => set({ followUp: e.target.value })} />
      <input aria-label={t('popup.outreach.note')} placeholder={t('popup.outreach.noteHint')} className={`${field} col-span-2`} autoFocus={autoFocus} value={d.note} onChange={(e) => set({ note: e.target.value })} />
      <button data-scout="log-outreach" type="submit" disabled={busy} className="col-span-2 inline-flex items-center justify-center gap-1 rounded-md bg-slate-800 px-2 py-1 text-xs font-medium text-white hover:bg-slate-900 disabled:opacity-50">
        <Icon name="message" size={14} />
        {t('popup.outreach.log')}
      </button>
    </form>
  );
}
