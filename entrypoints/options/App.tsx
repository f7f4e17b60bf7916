import { getDb } from '../../storage/db';
import { ScoreSettingsSection } from './ScoreSettingsForm';
import { TemplatesEditor } from '../../components/TemplatesEditor';
import { SyncSettings } from './SyncSettings';
import { DataTools } from './DataTools';
import { ReminderTime } from './ReminderTime';
import { LearnedModelsSection } from '../../components/LearnedModelsSection';
import { ask } from '../../lib/messaging/runtime';
import { QuotaSettingsForm } from './QuotaSettingsForm';
import { MyNameForm } from './MyNameForm';
import { Section } from './Section';
import { ui } from '../../components/ui';
import { t } from '../../lib/i18n/t';
import { SetupLink } from '../../components/SetupLink';
import type { IconName } from '../../components/Icon';

/** The page's cards in reading order; the contents list at the top links to each. */
const SECTIONS = ['me', 'score', 'learned', 'quota', 'reminders', 'sync', 'templates', 'data'] as const;
type SectionId = (typeof SECTIONS)[number];
const ICON: Record<SectionId, IconName> = { me: 'users', score: 'star', learned: 'chart', quota: 'calendar', reminders: 'clock', sync: 'sync', templates: 'message', data: 'download' };
const title = (s: SectionId) => t(`options.section.${s}.title`);
// The name card's form carries its own hint (the welcome page shows the form alone).
const hint = (s: SectionId) => (s === 'me' ? undefined : t(`options.section.${s}.hint`));

export function App() {
  const db = getDb();
  const card = (s: SectionId) => ({ id: `options-${s}`, title: title(s), hint: hint(s), icon: ICON[s] });
  return (
    <div className="min-h-screen bg-slate-50">
      <main className={`${ui.page} max-w-3xl font-sans`}>
        <header className="space-y-1">
          <h1 className={ui.pageTitle}>{t('options.title')}</h1>
          <p className={ui.meta}>{t('options.intro')}</p>
        </header>
        <nav aria-label={t('options.contents')} className={`${ui.row} ${ui.meta}`}>
          {SECTIONS.map((s) => (
            <a key={s} href={`#options-${s}`} className={ui.link}>
              {title(s)}
            </a>
          ))}
        </nav>
        <Section {...card('me')}>
          <MyNameForm db={db} />
        </Section>
        <Section {...card('score')}>
          <ScoreSettingsSection db={db} />
        </Section>
        {/* Its own card: the dashboard shows the same section. */}
        <div id="options-learned" className="scroll-mt-4">
          <LearnedModelsSection db={db} refit={() => ask('score.refit', {})} />
        </div>
        <Section {...card('quota')}>
          <QuotaSettingsForm db={db} />
        </Section>
        <Section {...card('reminders')}>
          <ReminderTime db={db} />
        </Section>
        <Section {...card('sync')}>
          <SyncSettings db={db} />
        </Section>
        {/* Its own card: the popup shows the same editor. */}
        <div id="options-templates" className="scroll-mt-4">
          <TemplatesEditor db={db} />
        </div>
        <Section {...card('data')}>
          <DataTools db={db} />
        </Section>
        <SetupLink />
      </main>
    </div>
  );
}
