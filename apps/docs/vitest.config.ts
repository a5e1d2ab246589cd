import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumBrowserMode } from '../../chromium.config.mjs';

// Every story is also a test: it must render, and its play function must pass, in real Chromium.
export default defineConfig({
  plugins: [storybookTest({ configDir: join(import.meta.dirname, '.storybook') })],
  test: {
    name: 'docs',
    // A loaded CI machine runs axe over a whole card in seconds, not milliseconds, and over the
    // 1,000-event story in about 16 s even on a quiet one.
    testTimeout: 120_000,
    browser: chromiumBrowserMode(),
  },
});
