import { describe, expect, it } from 'vitest';
import { contactCells, countByChannel } from '../../lib/contact-columns';
import { extractContacts } from '../../lib/contacts';
import { toRow } from '../../lib/pipeline/row';
import { toCsv } from '../../lib/csv';

const contacts = extractContacts({ bio: 'IG @a.b · IG @c · wa.me/6281234567890', bioLink: 'https://beacons.ai/ab' });

describe('contacts in rows, CSV and counts', () => {
  it('one cell per channel, several values joined', () => {
    expect(contactCells(contacts)).toEqual({ instagram: '@a.b; @c', whatsapp: '+6281234567890', link: 'beacons.ai/ab' });
  });
  it('export as CSV columns (a leading + is neutralised like any formula)', () => {
    const row = toRow({ handle: 'ab', stage: 'prospect', tags: [], notes: '', products: [], addedAt: 'x', updatedAt: 'x' }, { contacts }, [], 3);
    expect(row.outreachCount).toBe(3);
    const csv = toCsv([row as unknown as Record<string, unknown>], ['handle', 'instagram', 'whatsapp', 'link']);
    expect(csv.split('\r\n')[1]).toBe(`ab,"'@a.b; @c",'+6281234567890,beacons.ai/ab`);
  });
  it('counts creators reachable per channel (the bio email counts as email)', () => {
    expect(countByChannel([{ contacts }, { email: 'x@y.co' }, { contacts: extractContacts({ bio: 'IG @z' }) }])).toEqual({ email: 1, instagram: 2, youtube: 0, whatsapp: 1, phone: 0, link: 1 });
  });
});
