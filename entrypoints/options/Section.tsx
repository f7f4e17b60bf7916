import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../components/Icon';
import { ui } from '../../components/ui';

/**
 * One card of the Options page: a heading (with its icon), a line saying what the card is for, and its
 * controls. The welcome page reuses it around the same forms.
 */
export function Section({ id, title, hint, icon, scout, children }: { id: string; title: string; hint?: string; icon?: IconName; scout?: string; children: ReactNode }) {
  return (
    <section id={id} data-scout={scout} aria-labelledby={`${id}-title`} className={`${ui.card} ${ui.section} scroll-mt-4`}>
      <header className="space-y-1">
        <h2 id={`${id}-title`} className={`${ui.sectionTitle} flex items-center gap-2`}>
          {icon && <Icon name={icon} size={18} className="text-slate-500" />}
          {title}
        </h2>
        {hint && <p className={ui.hint}>{hint}</p>}
      </header>
      {children}
    </section>
  );
}

/** A short result line after a save: green when it worked, red when it did not; read out by screen readers. */
export function StatusLine({ text, ok = true }: { text: string; ok?: boolean }) {
  if (!text) return null;
  return (
    <p role="status" className={`text-sm ${ok ? ui.success : ui.error}`}>
      {text}
    </p>
  );
}
