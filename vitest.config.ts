import { defineConfig } from 'vitest/config';

// Three suites: pure logic and storage in Node (fake-indexeddb), React components in jsdom, and the
// built extension in real headless Chromium (tests/e2e, after `npm run build`).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'server/**/*.test.ts'], setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/i18n.ts'] },
      },
      {
        test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.tsx'], setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/i18n.ts', 'tests/setup/dom.ts'] },
      },
      {
        test: { name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 90_000, fileParallelism: false },
      },
    ],
  },
});
