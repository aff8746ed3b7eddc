import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects: the core and everything else that needs no DOM run in plain Node, which proves they
 * need none; the page layer, the content features and the UI run in happy-dom.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Limits for a busy machine: a first test may pack the dictionary (4–7 s idle on 2 cores, more when
    // other jobs share them). Tests that spawn processes set their own, longer limits.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Styles are imported as text (`?inline`) into shadow roots and adopted sheets: tests read the real CSS.
    css: true,
    // Both languages' strings, as the extension pages have them.
    setupFiles: ['tests/helpers/ui-tables.ts'],
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'] } },
    ],
  },
});
