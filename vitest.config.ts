import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'actions/*/test/**/*.test.ts',
      'cli/**/*.test.ts',
      'sandbox/**/*.test.ts',
      'k8s/**/*.test.ts',
      'terraform/**/*.test.ts',
      'loadtests/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // @actions/workflow-parser ships ESM that vite must transform.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
