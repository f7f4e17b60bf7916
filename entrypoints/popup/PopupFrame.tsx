import type { ReactNode } from 'react';
import { t } from '../../lib/i18n/t';
import { Icon } from '../../components/Icon';

export const TABS = ['pipeline', 'shortlists', 'templates'] as const;
export type Tab = (typeof TABS)[number];

/**
 * The popup's header and tab bar around `children`. Shared by the first screen and the app so that the
 * one replaces the other without moving a pixel. Links are plain paths: on an extension page they
 * resolve to the extension's own dashboard and options, no browser API needed.
 */
export function PopupFrame({ tab, onTab, above, children }: { tab: Tab; onTab?: (tab: Tab) => void; above?: ReactNode; children: ReactNode }) {
  const link = 'inline-flex items-center gap-1 rounded px-1 text-slate-100 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-white';
  return (
    <main className="min-h-40 font-sans text-slate-900">
      <header className="flex items-center justify-between bg-slate-900 px-3 py-2 text-white">
        <h1 className="text-sm font-bold">{t('ext.name')}</h1>
        <nav className="flex gap-2 text-xs" aria-label={t('popup.frame.pages')}>
          <a className={link} href="/dashboard.html" target="_blank" rel="noreferrer">
            <Icon name="chart" size={14} />
            {t('popup.frame.dashboard')}
          </a>
          <a className={link} href="/options.html" target="_blank" rel="noreferrer">
            <Icon name="settings" size={14} />
            {t('popup.frame.options')}
          </a>
        </nav>
      </header>
      {above}
      <nav className="flex gap-3 border-b border-slate-200 px-3 pt-2 text-xs" role="tablist">
        {TABS.map((id) => (
          <button key={id} role="tab" aria-selected={tab === id} type="button" disabled={!onTab} className={`pb-1 ${tab === id ? 'border-b-2 border-sky-700 font-semibold text-slate-900' : 'text-slate-700'}`} onClick={() => onTab?.(id)}>
            {t(`popup.frame.tab.${id}`)}
          </button>
        ))}
      </nav>
      {children}
    </main>
  );
}
