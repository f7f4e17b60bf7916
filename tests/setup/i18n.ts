import { setMessages } from '../../lib/i18n/t';
import { messagesFor } from './i18n-catalog';

// Node has no chrome.i18n: the suites read the English catalogue, as an English browser would.
setMessages(await messagesFor('en'));
