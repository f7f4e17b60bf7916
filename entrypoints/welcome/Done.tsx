import { useEffect, useState, type RefObject } from 'react';
import { t } from '../../lib/i18n/t';
import { ui } from '../../components/ui';
import { Icon, type IconName } from '../../components/Icon';

/** The shortcut the manifest suggests (wxt.config.ts), shown when the browser does not say. */
const DEFAULT_SHORTCUT = 'Alt+Shift+S';
const TIKTOK_URL = 'https://www.tiktok.com/';
/** Seller Center's creator marketplace ("Find creators"), where the list chips and the bulk bar appear. */
const FIND_CREATORS_URL = 'https://affiliate.tiktok.com/connection/creator';

interface NextStep {
  icon: IconName;
  title: string;
  hint: string;
  link: string;
  href: string;
  external: boolean;
}

/** The last screen: three ways to start, and the keyboard shortcut. */
export function DoneScreen({ headingRef, shortcut }: { headingRef: RefObject<HTMLHeadingElement | null>; shortcut: () => Promise<string | undefined> }) {
  const [keys, setKeys] = useState(DEFAULT_SHORTCUT);
  useEffect(() => {
    void shortcut().then((k) => k && setKeys(k));
  }, [shortcut]);
  const next: NextStep[] = [
    { icon: 'search', title: t('welcome.done.profile'), hint: t('welcome.done.profileHint'), link: t('welcome.done.profileLink'), href: TIKTOK_URL, external: true },
    { icon: 'users', title: t('welcome.done.finder'), hint: t('welcome.done.finderHint'), link: t('welcome.done.finderLink'), href: FIND_CREATORS_URL, external: true },
    { icon: 'chart', title: t('welcome.done.dashboard'), hint: t('welcome.done.dashboardHint'), link: t('welcome.done.dashboardLink'), href: '/dashboard.html', external: false },
  ];
  // One message with the keys in a slot; the slot is drawn as <kbd>, the words around it stay one sentence.
  const [before, after = ''] = t('welcome.done.shortcut').split('{keys}');
  return (
    <section data-scout="welcome-done" aria-labelledby="welcome-done-title" className={`${ui.card} space-y-5 p-6`}>
      <div className="flex items-start gap-3">
        <span className="rounded-full bg-emerald-700 p-2 text-white">
          <Icon name="check" size={22} />
        </span>
        <div className="space-y-1">
          <h2 id="welcome-done-title" ref={headingRef} tabIndex={-1} className={`${ui.sectionTitle} focus:outline-none`}>
            {t('welcome.done.title')}
          </h2>
          <p className={`${ui.body} text-slate-700`}>{t('welcome.done.intro')}</p>
        </div>
      </div>
      <ol className="grid gap-3 sm:grid-cols-3">
        {next.map((n, i) => (
          <li key={n.href} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-4">
            <span className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-sky-700 text-xs font-semibold text-white">
                {i + 1}
              </span>
              <Icon name={n.icon} size={18} className="text-sky-700" />
            </span>
            <h3 className={ui.subTitle}>{n.title}</h3>
            <p className={`${ui.meta} grow`}>{n.hint}</p>
            <a href={n.href} className={`${ui.link} inline-flex items-center gap-1 self-start text-sm font-medium`} {...(n.external ? { target: '_blank', rel: 'noreferrer' } : {})}>
              {n.link}
              <Icon name={n.external ? 'external' : 'chevronRight'} size={14} />
            </a>
          </li>
        ))}
      </ol>
      <p data-scout="welcome-shortcut" className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 p-3 text-sm text-slate-800">
        <Icon name="keyboard" size={18} className="text-slate-600" />
        <span>
          {before}
          <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs font-semibold text-slate-900">{keys}</kbd>
          {after}
        </span>
      </p>
      <p className={ui.meta}>
        {t('welcome.done.options')}{' '}
        <a href="/options.html" className={ui.link}>
          {t('welcome.done.optionsLink')}
        </a>
      </p>
    </section>
  );
}
