import './style.css';
import { createRoot } from 'react-dom/client';
import { getDb } from '../../storage/db';
import { t, uiLocale } from '../../lib/i18n/t';
import { Welcome } from './App';

// The page speaks the reader's language: its title in the tab and its lang for screen readers.
document.title = t('welcome.pageTitle');
document.documentElement.lang = uiLocale();
createRoot(document.getElementById('root')!).render(<Welcome db={getDb()} />);
