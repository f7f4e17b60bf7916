import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ScoutDB } from '../../storage/db';
import { ask } from '../../lib/messaging/runtime';
import { t } from '../../lib/i18n/t';
import { ui } from '../../components/ui';
import { Icon } from '../../components/Icon';
import { loadSetup, type SetupValues } from './setup';
import { KeywordsStep, NameStep, SyncStep, TiersStep, type StepProps } from './Steps';
import { DoneScreen } from './Done';
import { Mark } from './Mark';

export const STEPS = ['name', 'keywords', 'tiers', 'sync'] as const;
export type StepKey = (typeof STEPS)[number];
export type StepState = 'saved' | 'skipped';

const STEP_VIEW: Record<StepKey, (p: StepProps) => React.JSX.Element> = { name: NameStep, keywords: KeywordsStep, tiers: TiersStep, sync: SyncStep };
const STEP_LABEL: Record<StepKey, () => string> = {
  name: () => t('welcome.name.step'),
  keywords: () => t('welcome.keywords.step'),
  tiers: () => t('welcome.tiers.step'),
  sync: () => t('welcome.sync.step'),
};

const requestHostPermission = (pattern: string) => browser.permissions.request({ origins: [pattern] });

/** The panel's shortcut as the browser has it (the person may have changed it); undefined when unknown. */
async function panelShortcut(): Promise<string | undefined> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === 'open-panel')?.shortcut || undefined;
  } catch {
    return undefined;
  }
}

export interface WelcomeProps {
  db: ScoutDB;
  /** Asks the browser for the sync server's origin (tests pass their own). */
  requestOrigin?: (pattern: string) => Promise<boolean>;
  /** Runs one sync in the background and reports how it went. */
  syncNow?: () => Promise<{ lastError?: string }>;
  shortcut?: () => Promise<string | undefined>;
}

/**
 * The first-run page: four skippable steps (name, brand keywords, target tiers, team sync), each saved
 * when the person moves on, then what to do next. Opened once on install, and again from Options.
 */
export function Welcome({ db, requestOrigin = requestHostPermission, syncNow = () => ask('sync.now', {}), shortcut = panelShortcut }: WelcomeProps) {
  const [values, setValues] = useState<SetupValues>();
  const [step, setStep] = useState(0);
  const [states, setStates] = useState<Partial<Record<StepKey, StepState>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    void loadSetup(db).then(setValues);
  }, [db]);
  // Each step starts at its heading, so a screen reader reads where the person is; not on first load.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  const go = (i: number) => {
    moved.current = true;
    setStep(i);
  };
  const finish = (key: StepKey) => (state: StepState, update?: Partial<SetupValues>) => {
    setStates((s) => ({ ...s, [key]: state }));
    if (update) setValues((v) => (v ? { ...v, ...update } : v));
    go(STEPS.indexOf(key) + 1);
  };

  const key = STEPS[step];
  const View = key && STEP_VIEW[key];
  return (
    <main data-scout="welcome" className="mx-auto max-w-2xl space-y-6 p-6 font-sans">
      <header className="flex items-center gap-3">
        <Mark />
        <div className="space-y-1">
          <h1 className={ui.pageTitle}>{t('welcome.title')}</h1>
          <p className={ui.body}>{t('welcome.intro')}</p>
        </div>
      </header>
      <Progress step={step} states={states} onGo={go} />
      {values && View && key ? (
        <View key={key} db={db} values={values} headingRef={heading} first={step === 0} onBack={() => go(step - 1)} onDone={finish(key)} requestOrigin={requestOrigin} syncNow={syncNow} />
      ) : values ? (
        <DoneScreen headingRef={heading} shortcut={shortcut} />
      ) : null}
    </main>
  );
}

/** Where the person is: one segment per step, each a button back to it, with what happened there. */
function Progress({ step, states, onGo }: { step: number; states: Partial<Record<StepKey, StepState>>; onGo: (i: number) => void }) {
  const done = step >= STEPS.length;
  return (
    <nav aria-label={t('welcome.stepsLabel')} className="space-y-2">
      <p className={ui.meta} aria-live="polite">
        {done ? t('welcome.done.step') : t('welcome.progress', { step: step + 1, total: STEPS.length })}
      </p>
      <ol className="grid grid-cols-4 gap-2">
        {STEPS.map((key, i) => {
          const state = states[key];
          const current = i === step;
          const reached = i <= step;
          return (
            <li key={key}>
              <button
                type="button"
                data-step={key}
                aria-current={current ? 'step' : undefined}
                onClick={() => onGo(i)}
                className="group flex w-full flex-col gap-1.5 rounded-md p-1 text-left hover:bg-slate-50"
              >
                <span aria-hidden="true" className={`block h-1.5 w-full rounded-full ${reached || done ? 'bg-sky-700' : 'bg-slate-200'}`} />
                <span className="flex items-start gap-1.5">
                  <span
                    aria-hidden="true"
                    className={`inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
                      state === 'saved' ? 'bg-emerald-700 text-white' : current ? 'bg-sky-700 text-white' : 'border border-slate-300 text-slate-700'
                    }`}
                  >
                    {state === 'saved' ? <Icon name="check" size={12} /> : i + 1}
                  </span>
                  <span className={`text-sm leading-tight ${current ? 'font-semibold text-slate-900' : 'text-slate-700'}`}>{STEP_LABEL[key]()}</span>
                </span>
                {state && <span className={`${ui.meta} pl-6`}>{state === 'saved' ? t('welcome.stepSaved') : t('welcome.stepSkipped')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
