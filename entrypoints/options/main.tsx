import './style.css';
import { createRoot } from 'react-dom/client';
import { t, uiLocale } from '../../lib/i18n/t';
import { App } from './App';

// index.html is static: the page's language and title follow the reader's.
document.documentElement.lang = uiLocale();
document.title = t('options.pageTitle');
createRoot(document.getElementById('root')!).render(<App />);
