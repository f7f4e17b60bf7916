import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { useLiveQuery } from '../../components/useLiveQuery';
import { countByChannel } from '../../lib/contact-columns';
import { CONTACT_KINDS, CONTACT_LABEL } from '../../lib/model/contact';

/** Above this many pipeline creators the count waits for a click: it reads every creator record. */
const AUTO_LIMIT = 20_000;

async function countContacts(db: ScoutDB) {
  const handles = (await db.pipeline.toCollection().primaryKeys()) as string[];
  const creators = await db.creators.bulkGet(handles);
  return countByChannel(creators.flatMap((c) => (c ? [c] : [])));
}

/** How many pipeline creators can be reached on each channel beyond TikTok. */
export function ContactsSection({ db }: { db: ScoutDB }) {
  const [asked, setAsked] = useState(false);
  const counts = useLiveQuery(
    async () => (asked || (await db.pipeline.count()) <= AUTO_LIMIT ? countContacts(db) : null),
    [db, asked],
    undefined,
  );
  if (counts === undefined) return null;
  return (
    <section data-scout="contacts-report" aria-label="Contacts">
      <h2 className="mb-2 font-semibold">Contacts beyond TikTok (pipeline creators reachable per channel)</h2>
      {counts === null ? (
        <button type="button" className="rounded border px-2 py-1 text-sm" onClick={() => setAsked(true)}>Count contacts per channel</button>
      ) : (
        <p className="text-sm">
          {CONTACT_KINDS.map((k) => (
            <span key={k} data-kind={k} data-count={counts[k]} className="mr-3">
              {CONTACT_LABEL[k]} {counts[k]}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
