import { z } from 'zod';

// Every schema imports z from here, so this runs before the first schema is built. zod's object parser
// probes `new Function` once to compile a fast path; extension pages and content scripts forbid eval
// (MV3 CSP), so the probe throws, Chrome reports a CSP violation, and V8 re-parses the whole bundle to
// locate it: 40–140 ms inside the first task of every TikTok tab (measured in Chromium 156). The
// interpreted parser is what runs under that CSP anyway.
z.config({ jitless: true });

export { z };
