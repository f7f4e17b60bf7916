import type { ScoutDB } from '../../storage/db';
import { useLiveQuery } from '../../components/useLiveQuery';
import { countByChannel } from '../../lib/contact-columns';
import { CONTACT_KINDS, CONTACT_LABEL } from '../../lib/model/contact';

/** How many pipeline creators can be reached on each channel beyond TikTok. */
export function ContactsSection({ db }: { db: ScoutDB }) {
  const counts = useLiveQuery(
    async () => {
      const handles = (await db.pipeline.toCollection().primaryKeys()) as string[];
      const creators = await db.creators.bulkGet(handles);
      return countByChannel(creators.flatMap((c) => (c ? [c] : [])));
    },
    [db],
    undefined,
  );
  if (!counts) return null;
  return (
    <section data-scout="contacts-report" aria-label="Contacts">
      <h2 className="mb-2 font-semibold">Contacts beyond TikTok (pipeline creators reachable per channel)</h2>
      <p className="text-sm">
        {CONTACT_KINDS.map((k) => (
          <span key={k} data-kind={k} data-count={counts[k]} className="mr-3">
            {CONTACT_LABEL[k]} {counts[k]}
          </span>
        ))}
      </p>
    </section>
  );
}
