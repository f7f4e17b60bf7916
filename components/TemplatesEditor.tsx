import { useId, useState } from 'react';
import { TEXT_LIMITS } from '../lib/sync/limits';
import type { ScoutDB } from '../storage/db';
import { templatesRepo } from '../storage/templates';
import type { Template } from '../lib/model/collections';
import { fillTemplate, TEMPLATE_VARIABLES } from '../lib/templates/fill';
import { compactNumber } from '../lib/format';
import { t, uiLocale } from '../lib/i18n/t';
import { useLiveQuery } from './useLiveQuery';
import { EmptyState } from './EmptyState';
import { Icon } from './Icon';
import { ui } from './ui';

/** A sample creator for the preview, in the reader's language (names and product are examples, not data). */
const sample = () => ({
  handle: '@glowwithmara',
  nickname: t('options.templates.sample.nickname'),
  product: t('options.templates.sample.product'),
  commission: new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(0.15),
  me: t('options.templates.sample.me'),
  followers: compactNumber(184_000),
});
const EMPTY = { name: '', body: '' };

/**
 * Message templates with variables and a live preview (filled with `previewVars` over a sample creator);
 * a deleted template can be brought back. The template bodies are the recruiter's own text, never translated.
 */
export function TemplatesEditor({ db, compact = false, previewVars }: { db: ScoutDB; compact?: boolean; previewVars?: Partial<Record<string, string>> }) {
  const id = useId();
  const templates = useLiveQuery(() => templatesRepo.all(db), [db], []);
  const [editing, setEditing] = useState<{ id?: string; name: string; body: string }>(EMPTY);
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState<Template | undefined>();
  const save = async () => {
    if (!editing.name.trim() || !editing.body.trim()) return setError(t('options.templates.needsBoth'));
    if (editing.body.length > TEXT_LIMITS.templateBody) return setError(t('options.templates.tooLong', { max: TEXT_LIMITS.templateBody, count: editing.body.length }));
    try {
      await templatesRepo.save(db, { id: editing.id, name: editing.name.trim(), body: editing.body }, new Date());
    } catch (err) {
      return setError(err instanceof Error ? err.message : String(err));
    }
    setEditing(EMPTY);
    setError('');
  };
  const remove = async (templateId: string) => {
    setDeleted(await templatesRepo.remove(db, templateId, new Date()));
    if (editing.id === templateId) setEditing(EMPTY);
  };
  const text = compact ? 'text-xs' : 'text-sm';
  const button = compact ? ui.buttonSmall : ui.button;
  const primary = compact ? ui.buttonSmall : ui.buttonPrimary;
  return (
    <section data-scout="templates" aria-labelledby={`${id}-title`} className={compact ? `space-y-2 ${text}` : `${ui.card} ${ui.section} ${text}`}>
      <h2 id={`${id}-title`} className={`${compact ? ui.subTitle : ui.sectionTitle} flex items-center gap-2`}>
        {!compact && <Icon name="message" size={18} className="text-slate-500" />}
        {t('options.section.templates.title')}
      </h2>
      {!compact && <p className={ui.hint}>{t('options.section.templates.hint')}</p>}
      {templates.length ? (
        <ul className="divide-y divide-slate-100">
          {templates.map((tpl) => (
            <li key={tpl.id} className="flex items-center justify-between gap-2 py-1">
              <button type="button" className={`truncate ${ui.link}`} aria-current={editing.id === tpl.id} onClick={() => setEditing({ id: tpl.id, name: tpl.name, body: tpl.body })}>{tpl.name}</button>
              <button type="button" className={ui.buttonSmall.replace('text-slate-800', 'text-rose-700')} aria-label={t('options.templates.deleteNamed', { name: tpl.name })} onClick={() => void remove(tpl.id)}>
                <Icon name="trash" size={14} />
                {t('options.templates.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState compact={compact} icon="message" title={t('options.templates.emptyTitle')} hint={t('options.templates.emptyHint')} />
      )}
      {deleted && (
        <p role="status" className={ui.row}>
          {t('options.templates.deleted', { name: deleted.name })}
          <button type="button" data-scout="undo" className={ui.buttonSmall} onClick={async () => { await templatesRepo.restore(db, deleted, new Date()); setDeleted(undefined); }}>{t('options.templates.undo')}</button>
        </p>
      )}
      <div className="space-y-2">
        <input aria-label={t('options.templates.nameLabel')} className={`${ui.input} mt-0`} placeholder={t('options.templates.namePlaceholder')} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
        <textarea aria-label={t('options.templates.bodyLabel')} className={`${ui.input} mt-0 ${compact ? 'h-20' : 'h-28'}`} value={editing.body}
          placeholder={t('options.templates.bodyPlaceholder', { example: '{{nickname}}' })}
          onChange={(e) => setEditing({ ...editing, body: e.target.value })} />
        <p className={ui.hint}>{t('options.templates.variables', { list: TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(' ') })}</p>
        {editing.body && <p role="note" className="whitespace-pre-wrap rounded-md bg-slate-50 p-2 text-slate-800" aria-label={t('options.templates.preview')}>{fillTemplate(editing.body, { ...sample(), ...previewVars })}</p>}
      </div>
      <div className={ui.row}>
        <button type="button" className={primary} onClick={() => void save()}>{editing.id ? t('options.templates.update') : t('options.templates.add')}</button>
        {editing.id && <button type="button" className={button} onClick={() => setEditing(EMPTY)}>{t('options.templates.new')}</button>}
      </div>
      {error && <p role="alert" className={ui.error}>{error}</p>}
    </section>
  );
}
