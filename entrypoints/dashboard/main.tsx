import './style.css';
import { createRoot } from 'react-dom/client';
import { t, uiLocale } from '../../lib/i18n/t';
import { App } from './App';

// The tab's title and the page's language follow the reader's (screen readers pick their voice from lang).
document.title = t('dashboard.pageTitle');
document.documentElement.lang = uiLocale();
createRoot(document.getElementById('root')!).render(<App />);
