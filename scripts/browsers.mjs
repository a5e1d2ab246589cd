// The three browser engines the tests run in, all from Debian packages: which files each needs and
// which packages install them. scripts/ensure-browsers.mjs installs what is missing; the packaging
// tests (tests/packaging/src/engines) launch them from these paths. No tool downloads a browser.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** WebKitGTK's MiniBrowser lives under the multiarch folder, e.g. /usr/lib/x86_64-linux-gnu. */
function miniBrowser() {
  const tail = 'webkit2gtk-4.1/MiniBrowser';
  let folders = [];
  try {
    folders = readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu'));
  } catch {
    // No /usr/lib: not Debian; the message below still names the usual path.
  }
  const found = folders.map((folder) => join('/usr/lib', folder, tail)).find((path) => existsSync(path));
  return found ?? join('/usr/lib/x86_64-linux-gnu', tail);
}

/** Paths are functions, so they are looked up again after an install. */
export const browsers = {
  chromium: {
    name: 'Chromium',
    // The same default as chromium.config.mjs, which this script does not import (it loads vitest).
    files: () => [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
    packages: ['chromium'],
    override: 'CHROMIUM_PATH',
  },
  firefox: {
    name: 'Firefox ESR',
    files: () => [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
    packages: ['firefox-esr'],
    override: 'FIREFOX_PATH',
  },
  webkit: {
    name: 'WebKitGTK',
    // The W3C WebDriver server, the browser it drives, and the X server the browser draws on.
    files: () => ['/usr/bin/WebKitWebDriver', miniBrowser(), '/usr/bin/Xvfb'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    override: undefined,
  },
};

/** The files of `browser` that are not on this machine. */
export function missingFiles(browser) {
  return browser.files().filter((path) => !existsSync(path));
}

/** One sentence on how to get `browser`, for error messages. */
export function installHint(browser) {
  const override = browser.override ? `, or point ${browser.override} at another binary` : '';
  return (
    `${browser.name} is missing (${missingFiles(browser).join(', ')}). Install it: ` +
    `sudo apt-get install ${browser.packages.join(' ')} (npm test does that itself when run as root on Debian)${override}.`
  );
}
