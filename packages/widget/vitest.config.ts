import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumExecutable } from '../../chromium.config.js';

export default defineConfig({
  optimizeDeps: { include: ['lit', 'lit/decorators.js'] },
  test: {
    name: 'widget',
    include: ['src/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      instances: [{ browser: 'chromium' }],
      provider: playwright({ launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs } }),
    },
  },
});
