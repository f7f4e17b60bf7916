import type { ReactNode } from 'react';

export const TABS = { pipeline: 'Pipeline', shortlists: 'Shortlists', templates: 'Templates' } as const;
export type Tab = keyof typeof TABS;

/**
 * The popup's header and tab bar around `children`. Shared by the first screen and the app so that the
 * one replaces the other without moving a pixel. Links are plain paths: on an extension page they
 * resolve to the extension's own dashboard and options, no browser API needed.
 */
export function PopupFrame({ tab, onTab, above, children }: { tab: Tab; onTab?: (tab: Tab) => void; above?: ReactNode; children: ReactNode }) {
  return (
    <main className="min-h-40 font-sans text-slate-900">
      <header className="flex items-center justify-between bg-slate-900 px-3 py-2 text-white">
        <h1 className="text-sm font-bold">Creator Scout</h1>
        <nav className="flex gap-2 text-xs">
          <a href="/dashboard.html" target="_blank" rel="noreferrer">Dashboard</a>
          <a href="/options.html" target="_blank" rel="noreferrer">Options</a>
        </nav>
      </header>
      {above}
      <nav className="flex gap-3 border-b border-slate-200 px-3 pt-2 text-xs" role="tablist">
        {(Object.keys(TABS) as Tab[]).map((t) => (
          <button key={t} role="tab" aria-selected={tab === t} type="button" disabled={!onTab} className={tab === t ? 'border-b-2 border-sky-700 font-semibold' : ''} onClick={() => onTab?.(t)}>
            {TABS[t]}
          </button>
        ))}
      </nav>
      {children}
    </main>
  );
}
