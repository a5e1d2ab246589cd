import { defineConfig } from 'vitest/config';

// The docs app as people meet it, in Node driving Debian's Chromium: the static build served by
// a plain static server, embed.html in an iframe on another origin, and `npm start`.
export default defineConfig({
  test: {
    name: 'docs-e2e',
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
