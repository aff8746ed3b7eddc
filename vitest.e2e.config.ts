import { defineConfig } from 'vitest/config';

// Real-browser tests. Build first: `npx wxt build && npx wxt build -b firefox`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Two cores: one browser at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
