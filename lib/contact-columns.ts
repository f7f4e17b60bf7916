import type { Contact, ContactKind } from './model/contact';

// Free of zod on purpose: the popup's first screen builds rows with it before the schema library loads.

/** The CSV/table columns contacts export to, one per channel (email stays the creator's own column). */
export const CONTACT_COLUMNS = ['instagram', 'youtube', 'whatsapp', 'phone', 'link'] as const satisfies readonly ContactKind[];

/** A creator's contacts as one cell per channel, several values joined by "; ". */
export function contactCells(contacts: readonly Contact[] | undefined): Partial<Record<ContactKind, string>> {
  const out: Partial<Record<ContactKind, string>> = {};
  for (const c of contacts ?? []) out[c.kind] = out[c.kind] ? `${out[c.kind]}; ${c.value}` : c.value;
  return out;
}

/** How many creators can be reached on each channel: the dashboard's "contacts" counts. */
export function countByChannel(creators: readonly { contacts?: readonly Contact[]; email?: string }[]): Record<ContactKind, number> {
  const counts: Record<ContactKind, number> = { email: 0, instagram: 0, youtube: 0, whatsapp: 0, phone: 0, link: 0 };
  for (const c of creators) {
    const kinds = new Set((c.contacts ?? []).map((x) => x.kind));
    if (c.email) kinds.add('email');
    for (const k of kinds) counts[k]++;
  }
  return counts;
}
