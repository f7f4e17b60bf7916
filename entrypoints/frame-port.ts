import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openEarlyPort } from '../components/frame-port';

// A classic script in each panel frame page's head (see components/frame-port.ts).
export default defineUnlistedScript(() => openEarlyPort());
