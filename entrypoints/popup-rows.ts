import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prefetchFirstRows } from '../storage/first-rows';
import { DB_NAME } from '../storage/schema';

// A classic script in popup.html's head: it runs while the page is still parsing, so IndexedDB reads the
// pipeline's first rows while the popup's modules are fetched and compiled (main.tsx takes the result).
export default defineUnlistedScript(() => {
  prefetchFirstRows(indexedDB, DB_NAME);
});
