import { defineConfig } from 'vitest/config';

// Each workspace owns its vitest.config.ts; this file only lists them (see docs/contributing.md).
// A workspace whose vitest.config.ts runs in the browser keeps its Node tests in a second project,
// vitest.node.config.ts (the widget's SSR tests), since one config file makes one project.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'packages/*/vitest.node.config.ts',
      'apps/*',
      'apps/*/vitest.e2e.config.ts',
      'tests/*',
    ],
  },
});
