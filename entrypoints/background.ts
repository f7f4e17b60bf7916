import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../storage/db';
import { createHandlers } from '../storage/handlers';
import { createRouter } from '../lib/messaging/router';

// The background owns the database and is the only place content scripts' requests are acted on.
export default defineBackground(() => {
  const route = createRouter(createHandlers(getDb()), { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
