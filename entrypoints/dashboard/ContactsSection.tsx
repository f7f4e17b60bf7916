import { useState } from 'react';
import type { ScoutDB } from '../../storage/db';
import { useLiveQuery } from '../../components/useLiveQuery';
import { countByChannel } from '../../lib/contact-columns';
import { CONTACT_KINDS, CONTACT_LABEL } from '../../lib/model/contact';
import { wholeNumber } from '../../lib/format';
import { t } from '../../lib/i18n/t';
import { ui } from '../../components/ui';

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
    <section data-scout="contacts-report" aria-labelledby="contacts-title" className={`${ui.card} ${ui.section}`}>
      <div>
        <h2 id="contacts-title" className={ui.sectionTitle}>{t('dashboard.contacts.title')}</h2>
        <p className={ui.hint}>{t('dashboard.contacts.hint')}</p>
      </div>
      {counts === null ? (
        <button type="button" className={ui.button} onClick={() => setAsked(true)}>{t('dashboard.contacts.count')}</button>
      ) : (
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          {CONTACT_KINDS.map((k) => (
            <div key={k} data-kind={k} data-count={counts[k]} className="rounded-md bg-slate-50 px-3 py-2">
              <dt className={ui.meta}>{CONTACT_LABEL[k]}</dt>
              <dd className="text-lg font-semibold tabular-nums text-slate-900">{wholeNumber(counts[k])}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
