import '../../components/frame-page.css';
import { createRoot } from 'react-dom/client';
import { ask } from '../../lib/messaging/runtime';
import { App } from './App';
import { uiLocale } from '../../lib/i18n/t';

// An extension page shown in a frame on TikTok's page (web_accessible_resources): its React and data
// stay in the extension's process and origin; the page sees only the iframe element.
// The reader's language, for screen readers and hyphenation (the HTML file says English).
document.documentElement.lang = uiLocale();
createRoot(document.getElementById('root')!).render(<App ask={ask} />);
