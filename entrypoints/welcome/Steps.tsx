import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { ScoutDB } from '../../storage/db';
import { t, type MessageKey } from '../../lib/i18n/t';
import { compactNumber } from '../../lib/format';
import { TIERS, TIER_FLOOR, type Tier } from '../../lib/model/tier';
import { ui } from '../../components/ui';
import { Icon, type IconName } from '../../components/Icon';
import { connectSync, NAME_MAX, parseKeywords, saveKeywords, saveName, saveTiers, type SetupValues, type SyncOutcome } from './setup';

export interface StepProps {
  db: ScoutDB;
  values: SetupValues;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The first step has no Back. */
  first: boolean;
  onBack: () => void;
  onDone: (state: 'saved' | 'skipped', update?: Partial<SetupValues>) => void;
  requestOrigin: (pattern: string) => Promise<boolean>;
  syncNow: () => Promise<{ lastError?: string }>;
}

const ERROR_ID = 'welcome-error';
/** An input, outlined in the error colour while its field is wrong. */
const INPUT = `${ui.input} aria-[invalid=true]:border-rose-700`;

/** One step's card: icon, title and why it matters, its fields, the error naming a field, then Back / Skip / Save. */
function StepFrame({ icon, title, why, headingRef, children, error, status, actions, onSubmit, first, onBack }: {
  icon: IconName;
  title: string;
  why: string;
  headingRef: StepProps['headingRef'];
  children: ReactNode;
  error?: string;
  status?: ReactNode;
  actions: ReactNode;
  onSubmit: () => void;
  first: boolean;
  onBack: () => void;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="welcome-step-title" className={`${ui.card} space-y-5 p-6`}>
      <div className="flex items-start gap-3">
        <span className="rounded-lg bg-sky-50 p-2 text-sky-700">
          <Icon name={icon} size={22} />
        </span>
        <div className="space-y-1">
          <h2 id="welcome-step-title" ref={headingRef} tabIndex={-1} className={`${ui.sectionTitle} focus:outline-none`}>
            {title}
          </h2>
          <p className={`${ui.body} text-slate-700`}>{why}</p>
        </div>
      </div>
      <div className="space-y-3">{children}</div>
      {error && (
        <p id={ERROR_ID} role="alert" className={`flex items-start gap-1.5 text-sm ${ui.error}`}>
          <Icon name="warning" className="mt-0.5" />
          {error}
        </p>
      )}
      {status}
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4">
        <div>
          {!first && (
            <button type="button" className={ui.button} onClick={onBack}>
              {t('welcome.back')}
            </button>
          )}
        </div>
        <div className={ui.row}>{actions}</div>
      </div>
    </form>
  );
}

/** Skip and Save-and-continue, the pair most steps end with. */
function SkipOrSave({ onSkip, busy }: { onSkip: () => void; busy: boolean }) {
  return (
    <>
      <button type="button" data-scout="welcome-skip" className={ui.button} onClick={onSkip}>
        {t('welcome.skip')}
      </button>
      <button type="submit" data-scout="welcome-next" className={ui.buttonPrimary} disabled={busy}>
        {t('welcome.next')}
        <Icon name="chevronRight" />
      </button>
    </>
  );
}

/** Runs a save; an error is shown and the field focused, otherwise the step is done. */
function useSave(onDone: StepProps['onDone']) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const run = async (save: () => Promise<string | undefined>, state: 'saved' | 'skipped', update?: Partial<SetupValues>) => {
    setBusy(true);
    const problem = await save().finally(() => setBusy(false));
    setError(problem);
    if (problem) field.current?.focus();
    else onDone(state, update);
  };
  return { error, busy, field, run };
}

const invalidProps = (error: string | undefined) => (error ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {});

export function NameStep({ db, values, headingRef, first, onBack, onDone }: StepProps) {
  const [name, setName] = useState(values.name);
  const { error, busy, field, run } = useSave(onDone);
  return (
    <StepFrame
      icon="user"
      title={t('welcome.name.title')}
      why={t('welcome.name.why')}
      {...{ headingRef, first, onBack, error }}
      onSubmit={() => void run(() => saveName(db, name), name.trim() ? 'saved' : 'skipped', { name: name.trim() })}
      actions={<SkipOrSave busy={busy} onSkip={() => onDone('skipped')} />}
    >
      <label className={ui.label}>
        {t('welcome.name.label')}
        <input ref={field} data-scout="my-name" className={INPUT} value={name} maxLength={NAME_MAX * 2} autoComplete="name" placeholder={t('welcome.name.placeholder')} onChange={(e) => setName(e.target.value)} {...invalidProps(error)} />
      </label>
    </StepFrame>
  );
}

export function KeywordsStep({ db, values, headingRef, first, onBack, onDone }: StepProps) {
  const [text, setText] = useState(values.keywords.join(', '));
  const { error, busy, field, run } = useSave(onDone);
  const keywords = parseKeywords(text);
  return (
    <StepFrame
      icon="tag"
      title={t('welcome.keywords.title')}
      why={t('welcome.keywords.why')}
      {...{ headingRef, first, onBack, error }}
      onSubmit={() => void run(() => saveKeywords(db, text), keywords.length ? 'saved' : 'skipped', { keywords })}
      actions={<SkipOrSave busy={busy} onSkip={() => onDone('skipped')} />}
    >
      <label className={ui.label}>
        {t('welcome.keywords.label')}
        <input ref={field} data-scout="keywords" className={INPUT} value={text} placeholder={t('welcome.keywords.placeholder')} aria-describedby={error ? `${ERROR_ID} welcome-keywords-hint` : 'welcome-keywords-hint'} aria-invalid={error ? true : undefined} onChange={(e) => setText(e.target.value)} />
      </label>
      <p id="welcome-keywords-hint" className={ui.hint}>
        {t('welcome.keywords.hint')}
      </p>
      {keywords.length > 0 && (
        <ul aria-hidden="true" className="flex flex-wrap gap-1.5">
          {keywords.slice(0, 30).map((k) => (
            <li key={k} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900">
              {k}
            </li>
          ))}
        </ul>
      )}
    </StepFrame>
  );
}

/** "Under 10K followers", "10K to 100K followers", "1M followers or more": the tier's bounds in the reader's notation. */
export function tierRange(tier: Tier): string {
  const i = TIERS.indexOf(tier);
  const next = TIERS[i + 1];
  const from = compactNumber(TIER_FLOOR[tier]);
  if (i === 0 && next) return t('welcome.tiers.under', { to: compactNumber(TIER_FLOOR[next]) });
  if (!next) return t('welcome.tiers.over', { from });
  return t('welcome.tiers.between', { from, to: compactNumber(TIER_FLOOR[next]) });
}

export function TiersStep({ db, values, headingRef, first, onBack, onDone }: StepProps) {
  const [tiers, setTiers] = useState<Tier[]>(values.tiers);
  const { error, busy, run } = useSave(onDone);
  const firstBox = useRef<HTMLInputElement>(null);
  const toggle = (tier: Tier, on: boolean) => setTiers(on ? TIERS.filter((x) => x === tier || tiers.includes(x)) : tiers.filter((x) => x !== tier));
  const submit = async () => {
    await run(() => saveTiers(db, tiers), 'saved', { tiers });
    if (!tiers.length) firstBox.current?.focus();
  };
  return (
    <StepFrame
      icon="users"
      title={t('welcome.tiers.title')}
      why={t('welcome.tiers.why')}
      {...{ headingRef, first, onBack, error }}
      onSubmit={() => void submit()}
      actions={<SkipOrSave busy={busy} onSkip={() => onDone('skipped')} />}
    >
      <fieldset {...invalidProps(error)}>
        <legend className={ui.label}>{t('welcome.tiers.legend')}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {TIERS.map((tier, i) => {
            const on = tiers.includes(tier);
            return (
              <label key={tier} className={`flex cursor-pointer items-center gap-3 rounded-md border p-3 ${on ? 'border-sky-700 bg-sky-50' : 'border-slate-300 bg-white hover:bg-slate-50'}`}>
                <input ref={i === 0 ? firstBox : undefined} type="checkbox" data-tier={tier} className="h-4 w-4 accent-sky-700" checked={on} onChange={(e) => toggle(tier, e.target.checked)} />
                <span>
                  <span className={`block ${ui.subTitle}`}>{t(`common.tier.${tier}` as MessageKey)}</span>
                  <span className={`block ${ui.meta}`}>{tierRange(tier)}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </StepFrame>
  );
}

export function SyncStep({ db, values, headingRef, first, onBack, onDone, requestOrigin, syncNow }: StepProps) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome>();
  const [connectedTo, setConnectedTo] = useState(values.syncUrl);
  const urlField = useRef<HTMLInputElement>(null);
  const tokenField = useRef<HTMLInputElement>(null);

  const connect = async () => {
    setBusy(true);
    setOutcome({ ok: false, text: t('welcome.sync.testing') });
    const r = await connectSync(db, { url, token }, requestOrigin, syncNow).finally(() => setBusy(false));
    setOutcome(r);
    if (r.field) (r.field === 'token' ? tokenField : urlField).current?.focus();
    // Saved (whether or not the first sync worked): the server is set, as Options would show it.
    else setConnectedTo(url.trim());
  };
  const fieldError = outcome?.field ? outcome.text : undefined;
  const invalid = (f: 'url' | 'token') => (outcome?.field === f ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {});
  const saved = connectedTo !== undefined;

  return (
    <StepFrame
      icon="sync"
      title={t('welcome.sync.title')}
      why={t('welcome.sync.why')}
      error={fieldError}
      {...{ headingRef, first, onBack }}
      onSubmit={() => void connect()}
      status={
        outcome && !outcome.field ? (
          <p role="status" data-scout="welcome-sync-status" className={`flex items-start gap-1.5 text-sm ${outcome.ok ? ui.success : busy ? 'text-slate-700' : ui.warning}`}>
            <Icon name={outcome.ok ? 'check' : busy ? 'sync' : 'warning'} className="mt-0.5" />
            {outcome.text}
          </p>
        ) : undefined
      }
      actions={
        saved ? (
          <>
            <button type="submit" className={ui.button} disabled={busy}>
              {t('welcome.sync.connect')}
            </button>
            <button type="button" data-scout="welcome-next" className={ui.buttonPrimary} onClick={() => onDone('saved', { syncUrl: connectedTo })}>
              {t('welcome.next')}
              <Icon name="chevronRight" />
            </button>
          </>
        ) : (
          <>
            <button type="button" data-scout="welcome-skip" className={ui.button} onClick={() => onDone('skipped')}>
              {t('welcome.sync.alone')}
            </button>
            <button type="submit" className={ui.buttonPrimary} disabled={busy}>
              {t('welcome.sync.connect')}
            </button>
          </>
        )
      }
    >
      {connectedTo && (
        <p className={`flex items-center gap-1.5 text-sm ${ui.success}`}>
          <Icon name="check" />
          {t('welcome.sync.connected', { url: connectedTo })}
        </p>
      )}
      <label className={ui.label}>
        {t('welcome.sync.url')}
        <input ref={urlField} data-scout="sync-url" className={INPUT} value={url} inputMode="url" autoComplete="url" spellCheck={false} placeholder="https://scout.example.com" onChange={(e) => setUrl(e.target.value)} {...invalid('url')} />
      </label>
      <label className={ui.label}>
        {t('welcome.sync.token')}
        <input ref={tokenField} data-scout="sync-token" type="password" className={INPUT} value={token} autoComplete="off" spellCheck={false} placeholder={t('welcome.sync.tokenPlaceholder')} onChange={(e) => setToken(e.target.value)} {...invalid('token')} />
      </label>
      {!saved && <p className={ui.hint}>{t('welcome.sync.aloneHint')}</p>}
    </StepFrame>
  );
}
