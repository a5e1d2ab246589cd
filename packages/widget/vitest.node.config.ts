import { defineConfig } from 'vitest/config';

// The widget's tests that run in Node rather than Chromium: server-side rendering, and modules
// that need no DOM. Name them `*.node.test.ts`; vitest.config.ts (the browser project) skips them.
// The root vitest.config.ts lists this file as a project of its own, `widget-node`.
export default defineConfig({
  test: {
    name: 'widget-node',
    include: ['src/**/*.node.test.ts'],
    environment: 'node',
  },
});
