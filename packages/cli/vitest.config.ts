import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // The tests spawn the built `parley` binary; a 50 MB file takes a moment to write.
    // Each test spawns it a few times, which takes seconds on a loaded two-core machine.
    testTimeout: 120_000,
  },
});
