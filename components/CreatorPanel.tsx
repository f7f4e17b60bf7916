import { useEffect, useMemo, useState } from 'react';
import type { Ask } from '../lib/messaging/client';
import type { CreatorState, ResponseOf } from '../lib/messaging/protocol';
import type { ExtractedCreator, ExtractedVideo } from '../lib/model/page';
import { STAGE_LABEL } from '../lib/model/pipeline';
import { CHANNEL_LABEL } from '../lib/model/outreach';
import { lowDataNote, scoreCreator } from '../lib/scoring';
import { computeMetrics } from '../lib/scoring/metrics';
import { compactNumber, percent, shortDate, na, wholeNumber } from '../lib/format';
import { fastPercentWhole as percentWhole } from '../lib/i18n/compiled';
import { Icon } from './Icon';
import { fillTemplate } from '../lib/templates/fill';
import { ScoreBadge } from './ScoreBadge';
import { ScoreBreakdown } from './ScoreBreakdown';
import { PredictedChances } from './PredictedChances';
import { StagePicker } from './StagePicker';
import { OutreachForm, type OutreachInput } from './OutreachForm';
import { ListPicker } from './ListPicker';
import { RecruitedProducts } from './RecruitedProducts';
import { StatusLine, useAction } from './useAction';
import { ContactsList } from './ContactsList';
import type { Contact } from '../lib/model/contact';
import { t } from '../lib/i18n/t';

type Context = ResponseOf<'overlay.context'>;

export interface CreatorPanelProps {
  creator: ExtractedCreator;
  videos: ExtractedVideo[];
  warnings: string[];
  ask: Ask;
  /** Fixed "now" for tests; the overlay passes nothing. */
  now?: string;
  defaultOpen?: boolean;
  /** Changes when the user asks to open the panel (keyboard shortcut). */
  openSignal?: number;
}

/** The profile overlay: score, key figures, our pipeline state and the outreach actions. */
export function CreatorPanel({ creator, videos, warnings, ask, now, defaultOpen = false, openSignal = 0 }: CreatorPanelProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [ctx, setCtx] = useState<Context>({ me: '', scoreSettings: {}, templates: [], lists: [], products: [], panelSide: 'right' });
  const [listId, setListId] = useState('');
  const [state, setState] = useState<CreatorState | undefined>();
  // What we stored about the creator: contacts, and the affiliate center's commerce figures the page lacks.
  const [stored, setStored] = useState<{ contacts?: Contact[]; gmv?: string; itemsSold?: number }>({});
  const { busy, status, setStatus, act: runAction } = useAction();
  const [note, setNote] = useState('');
  useEffect(() => {
    if (openSignal) setOpen(true);
  }, [openSignal]);

  useEffect(() => {
    let live = true;
    setState(undefined);
    ask('overlay.context', {}).then((c) => live && setCtx(c)).catch(() => {});
    ask('creator.observe', { creator, videos })
      .then((r) => live && (setState(r.state), setStored(r.record)))
      .catch((e: Error) => live && setStatus({ kind: 'error', text: e.message }));
    return () => {
      live = false;
    };
  }, [ask, creator, videos]);

  const result = useMemo(
    () => scoreCreator({ creator: { ...creator, gmv: creator.gmv ?? stored.gmv, itemsSold: creator.itemsSold ?? stored.itemsSold }, videos, now }, ctx.scoreSettings),
    [creator, videos, now, ctx.scoreSettings, stored.gmv, stored.itemsSold],
  );
  const metrics = useMemo(() => computeMetrics(videos, now ? new Date(now) : new Date()), [videos, now]);

  /** Runs an action through the background and shows the creator's state it returns. */
  const act = (label: string, run: () => Promise<CreatorState>) => runAction(label, run, setState);

  const entry = state?.entry;
  const logOutreach = (input: OutreachInput) =>
    act(t('popup.panel.logged'), async () => {
      if (!entry) await ask('pipeline.add', { handle: creator.handle, score: result.score, scoreNote: lowDataNote(result) });
      return ask('outreach.log', { handle: creator.handle, ...input });
    });

  const copyTemplate = async (templateId: string) => {
    const template = ctx.templates.find((x) => x.id === templateId);
    if (!template) return;
    const text = fillTemplate(template.body, {
      handle: `@${creator.handle}`,
      nickname: creator.nickname || undefined,
      me: ctx.me || undefined,
      followers: compactNumber(creator.followers),
      commission: entry?.commissionRate !== undefined ? percentWhole(entry.commissionRate) : undefined,
      // The product they are being recruited for, by its title when it was saved from its Shop page.
      product: entry?.products[0] && (ctx.products.find((p) => p.id === entry.products[0])?.title ?? entry.products[0]),
    });
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'ok', text: t('popup.panel.copied', { name: template.name }) });
    } catch {
      setStatus({ kind: 'error', text: t('popup.panel.noClipboard') });
    }
  };

  const figures: [string, string][] = [
    [t('popup.panel.figure.followers'), compactNumber(creator.followers)],
    [t('popup.panel.figure.medianViews'), compactNumber(metrics.medianViews ?? creator.avgViews)],
    [t('popup.panel.figure.engagement'), percent(metrics.engagementRate ?? creator.engagementRate)],
    [t('popup.panel.figure.posts30d'), metrics.postsLast30d === undefined ? na() : wholeNumber(metrics.postsLast30d)],
    [t('popup.panel.figure.sellsOnShop'), creator.sellsOnShop === undefined ? na() : t(creator.sellsOnShop ? 'popup.panel.answerYes' : 'popup.panel.answerNo')],
    [t('popup.panel.figure.email'), creator.email ?? na()],
  ];

  return (
    <div data-scout="overlay" data-handle={creator.handle} className="w-80 rounded-lg border border-slate-300 bg-white p-3 font-sans text-slate-900 shadow-xl">
      <div className="flex items-center justify-between gap-2">
        <button type="button" className="flex min-w-0 flex-1 items-center gap-2 text-left" onClick={() => setOpen(!open)} aria-expanded={open}>
          <ScoreBadge result={result} />
          <span className="min-w-0">
            <span className="block truncate text-sm font-semibold">{creator.nickname || `@${creator.handle}`}</span>
            <span className="block truncate text-xs text-slate-500">@{creator.handle}</span>
          </span>
        </button>
        {entry ? (
          <span className="shrink-0">
            <StagePicker value={entry.stage} disabled={busy} onChange={(stage) => act(t('popup.panel.stageSet', { stage: STAGE_LABEL[stage] }), () => ask('pipeline.setStage', { handle: creator.handle, stage }))} />
          </span>
        ) : (
          <span className="flex shrink-0 flex-col items-end gap-1">
            <button data-scout="add" type="button" disabled={busy} className="inline-flex items-center gap-1 rounded-md bg-sky-700 px-2 py-1 text-xs font-medium text-white hover:bg-sky-800 disabled:opacity-50"
              onClick={() => act(t(listId ? 'popup.panel.addedWithList' : 'popup.panel.added'), () => ask('pipeline.add', { handle: creator.handle, score: result.score, scoreNote: lowDataNote(result), listId: listId || undefined }))}>
              <Icon name="add" size={14} />
              {t('popup.panel.add')}
            </button>
            <ListPicker scout="add-list" lists={ctx.lists} value={listId} onChange={setListId} className="max-w-28 text-[10px]" />
          </span>
        )}
      </div>

      <PredictedChances creator={creator} videos={videos} now={now} settings={ctx.scoreSettings} ask={ask} />

      {state?.contactedByOthers.length ? (
        <p role="alert" data-scout="contacted-warning" className="mt-2 rounded bg-amber-100 px-2 py-1 text-xs text-amber-900">
          {t('popup.panel.contactedBy', { who: state.contactedByOthers.map((c) => t('popup.panel.contactedOne', { author: c.author, channel: CHANNEL_LABEL[c.channel], date: shortDate(c.at) })).join(', ') })}
        </p>
      ) : null}

      {open && (
        <div className="mt-2 space-y-2">
          <dl className="grid grid-cols-2 gap-x-2 text-xs">
            {figures.map(([k, v]) => (
              <div key={k} className="flex justify-between gap-1">
                <dt className="text-slate-600">{k}</dt>
                <dd className={v === na() ? 'text-slate-600' : 'truncate font-medium'}>{v}</dd>
              </div>
            ))}
          </dl>
          <ScoreBreakdown result={result} />
          {entry && (
            <p className="text-xs text-slate-600" data-scout="pipeline-state">
              {entry.owner ? t('popup.panel.owner', { owner: entry.owner }) : t('popup.panel.noOwner')} ·{' '}
              {state?.lastOutreach
                ? t('popup.panel.lastContact', { date: shortDate(state.lastOutreach.at), author: state.lastOutreach.author || t('popup.panel.me'), channel: CHANNEL_LABEL[state.lastOutreach.channel] })
                : t('popup.panel.noContact')}{' '}
              · {entry.nextFollowUpAt ? t('popup.panel.followUp', { date: shortDate(entry.nextFollowUpAt) }) : t('popup.panel.noFollowUp')}
            </p>
          )}
          <RecruitedProducts
            linked={entry?.products ?? []}
            products={ctx.products}
            busy={busy}
            onChange={(productId, recruited) =>
              act(t(recruited ? 'popup.panel.recruiting' : 'popup.panel.notRecruiting'), async () => (await ask('product.recruit', { productId, handle: creator.handle, recruited })).state)
            }
          />
          <OutreachForm templates={ctx.templates} busy={busy} onSubmit={logOutreach} />
          <div className="flex flex-wrap gap-1">
            {ctx.templates.length > 0 && (
              <select aria-label={t('popup.panel.copyMessage')} className="rounded border border-slate-300 bg-white px-1 text-xs text-slate-900" value="" onChange={(e) => copyTemplate(e.target.value)}>
                <option value="">{t('popup.panel.copyMessageHint')}</option>
                {ctx.templates.map((tpl) => (
                  <option key={tpl.id} value={tpl.id}>
                    {tpl.name}
                  </option>
                ))}
              </select>
            )}
            {creator.email && (
              <a className="inline-flex items-center gap-1 rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50" href={`mailto:${encodeURIComponent(creator.email)}`}>
                <Icon name="mail" size={14} />
                {t('popup.panel.emailTo', { email: creator.email })}
              </a>
            )}
          </div>
          <ContactsList contacts={stored.contacts} />
          {entry && (
            <form className="flex gap-1" onSubmit={(e) => { e.preventDefault(); void act(t('popup.panel.noteSaved'), () => ask('pipeline.note', { handle: creator.handle, note })); }}>
              <input data-scout="note" aria-label={t('popup.panel.note')} className="flex-1 rounded border border-slate-300 bg-white px-1 text-xs text-slate-900" placeholder={entry.notes || t('popup.panel.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} />
              <button type="submit" className="rounded border border-slate-300 bg-white px-2 text-xs hover:bg-slate-50">{t('popup.panel.save')}</button>
            </form>
          )}
          {warnings.length > 0 && <p className="text-[10px] text-slate-600">{t('popup.panel.notRead', { fields: warnings.join(', ') })}</p>}
        </div>
      )}
      <StatusLine status={status} className="mt-1 text-xs" />
    </div>
  );
}

/** Shown instead of the panel when the extractor could not read the page: a message, never a crash. */
export function UnreadablePanel({ reason }: { reason: string }) {
  return (
    <div data-scout="overlay" data-state="unreadable" className="w-72 rounded-lg border border-amber-300 bg-amber-50 p-3 font-sans text-xs text-amber-900 shadow">
      <strong>{t('popup.panel.unreadable')}</strong>
      <p>{reason}</p>
      <p className="mt-1">{t('popup.panel.unreadableHint')}</p>
    </div>
  );
}
