import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'packaging',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Packing and installing real tarballs takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
