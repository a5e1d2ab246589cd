import { defineConfig } from 'vitest/config';

// Each workspace owns its vitest.config.ts; this file only lists them (see docs/contributing.md).
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'tests/*'],
  },
});
