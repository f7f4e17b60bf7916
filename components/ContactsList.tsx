import { useState } from 'react';
import { CONTACT_LABEL, type Contact } from '../lib/model/contact';

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
          <span className="w-20 shrink-0 text-slate-500">{CONTACT_LABEL[c.kind]}</span>
          <span className="min-w-0 flex-1 truncate">{c.value}</span>
          {c.href && (
            <a className="rounded border border-slate-300 px-1" href={c.href} target={c.kind === 'email' || c.kind === 'phone' ? undefined : '_blank'} rel="noreferrer noopener">
              {c.kind === 'email' ? 'Email' : c.kind === 'phone' ? 'Call' : 'Open'}
            </a>
          )}
          <button type="button" className="rounded border border-slate-300 px-1" aria-label={`Copy ${CONTACT_LABEL[c.kind]} ${c.value}`} onClick={() => void copy(c.value)}>
            {copied === c.value ? 'Copied' : 'Copy'}
          </button>
        </li>
      ))}
    </ul>
  );
}
