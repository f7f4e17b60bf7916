import type { List } from '../lib/model/collections';

/** "Also add to shortlist": none, or one of the shortlists. Renders nothing when there are none. */
export function ListPicker({ lists, value, onChange, className = '', scout }: { lists: List[]; value: string; onChange: (id: string) => void; className?: string; scout?: string }) {
  if (!lists.length) return null;
  return (
    <select data-scout={scout} aria-label="Also add to shortlist" className={`rounded border border-slate-300 ${className}`} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">no shortlist</option>
      {lists.map((l) => (
        <option key={l.id} value={l.id}>
          {l.name}
        </option>
      ))}
    </select>
  );
}
