import './style.css';
import { createRoot } from 'react-dom/client';
import { prefetchedFirstRows } from '../../storage/first-rows';
import { DB_NAME } from '../../storage/schema';
import { currentTabHandle } from './currentTab';
import { FirstScreen } from './FirstScreen';
import { uiLocale } from '../../lib/i18n/t';

// The popup is measured by its first screen (DESIGN §9: popup.render10k_ms). That screen needs React and
// one IndexedDB read, not Dexie or zod, which are half of the app's code: this entry paints the first rows
// from a small bundle, then loads the app, which takes over the same layout with the same rows.
// The reader's language, for screen readers (the HTML file says English).
document.documentElement.lang = uiLocale();
const root = createRoot(document.getElementById('root')!);
const firstRows = prefetchedFirstRows(indexedDB, DB_NAME);
const handle = currentTabHandle().catch(() => undefined);

/** `p`'s value, or undefined once `ms` have passed: a slow database must not hold the popup blank. */
const within = <T,>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);

async function start(): Promise<void> {
  const creator = await handle;
  // On a creator's page the popup opens on that creator, which the app shows: no pipeline first.
  const rows = creator ? undefined : await within(firstRows, 300);
  if (rows) root.render(<FirstScreen rows={rows} />);
  // Loaded after that render is queued, so fetching and compiling the app does not delay it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const [{ App }, { usePopupStore }] = await Promise.all([import('./App'), import('./store')]);
  const store = usePopupStore.getState();
  if (rows && !store.rows.length) store.setRows(rows, false);
  root.render(<App handle={creator} />);
}

void start();
