import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // As tsup sets it for the build: the JSON Schema's `$id` names the package version.
  define: { __PARLEY_CORE_VERSION__: JSON.stringify(version) },
  test: {
    name: 'core',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases: on a busy shared machine that can pass 5 s.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
