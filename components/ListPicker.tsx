import type { List } from '../lib/model/collections';
import { t } from '../lib/i18n/t';

/** "Also add to shortlist": none, or one of the shortlists. Renders nothing when there are none. */
export function ListPicker({ lists, value, onChange, className = '', scout }: { lists: List[]; value: string; onChange: (id: string) => void; className?: string; scout?: string }) {
  if (!lists.length) return null;
  return (
    <select data-scout={scout} aria-label={t('popup.lists.alsoAdd')} className={`rounded border border-slate-300 bg-white text-slate-900 ${className}`} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('popup.lists.none')}</option>
      {lists.map((l) => (
        <option key={l.id} value={l.id}>
          {l.name}
        </option>
      ))}
    </select>
  );
}
