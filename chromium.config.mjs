// One place for how every test and benchmark launches Debian's Chromium: never a downloaded
// browser, and no request may leave this machine.
import { playwright } from '@vitest/browser-playwright';

export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without this Chromium still looks up accounts.google.com and update.googleapis.com.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** The `test.browser` block of a vitest project that runs in that Chromium. */
export function chromiumBrowserMode() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    instances: [{ browser: 'chromium' }],
    provider: playwright({ launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs } }),
  };
}
