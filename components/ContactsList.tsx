import { useState } from 'react';
import { CONTACT_LABEL, type Contact } from '../lib/model/contact';
import { t } from '../lib/i18n/t';

/** A creator's contacts beyond TikTok, each with its action: open (links, Instagram, YouTube, WhatsApp), mailto, copy. */
export function ContactsList({ contacts }: { contacts: readonly Contact[] | undefined }) {
  const [copied, setCopied] = useState('');
  if (!contacts?.length) return null;
  const copy = (value: string) =>
    navigator.clipboard.writeText(value).then(
      () => setCopied(value),
      () => setCopied(''),
    );
  return (
    <ul data-scout="contacts" className="mt-1 space-y-0.5 text-xs">
      {contacts.map((c) => (
        <li key={`${c.kind}:${c.value}`} data-scout="contact" data-kind={c.kind} className="flex items-center gap-1">
          <span className="w-20 shrink-0 text-slate-600">{CONTACT_LABEL[c.kind]}</span>
          <span className="min-w-0 flex-1 truncate">{c.value}</span>
          {c.href && (
            <a className="rounded border border-slate-300 px-1 hover:bg-slate-50" href={c.href} target={c.kind === 'email' || c.kind === 'phone' ? undefined : '_blank'} rel="noreferrer noopener">
              {t(c.kind === 'email' ? 'popup.contacts.email' : c.kind === 'phone' ? 'popup.contacts.call' : 'popup.contacts.open')}
            </a>
          )}
          <button type="button" className="rounded border border-slate-300 px-1 hover:bg-slate-50" aria-label={t('popup.contacts.copyOne', { kind: CONTACT_LABEL[c.kind], value: c.value })} onClick={() => void copy(c.value)}>
            {t(copied === c.value ? 'popup.contacts.copied' : 'popup.contacts.copy')}
          </button>
        </li>
      ))}
    </ul>
  );
}
