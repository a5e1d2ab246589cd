// Makes sure Debian's Chromium, Firefox ESR and WebKitGTK are there for the browser tests,
// installing the missing ones on a fresh Debian machine when we may (root with apt-get). Tests never
// download a browser of their own; one that is still missing fails its tests with installHint().
import { execFileSync, spawnSync } from 'node:child_process';
import { browsers, installHint, missingFiles } from './browsers.mjs';

/** Returns, per engine, whether it is installed now. */
export function ensureBrowsers() {
  // A browser the user pointed elsewhere (CHROMIUM_PATH, FIREFOX_PATH) is theirs to install.
  const toInstall = Object.values(browsers).filter(
    (browser) => missingFiles(browser).length > 0 && !(browser.override && process.env[browser.override]),
  );
  const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (toInstall.length > 0 && process.getuid?.() === 0 && hasAptGet) {
    const packages = toInstall.flatMap((browser) => browser.packages);
    console.log(
      `${toInstall.map((browser) => browser.name).join(', ')} missing: installing Debian’s ${packages.join(' ')} for the browser tests…`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    } catch {
      console.error('apt-get failed; the browser tests of what is still missing will fail.');
    }
  }
  const present = {};
  for (const [key, browser] of Object.entries(browsers)) {
    present[key] = missingFiles(browser).length === 0;
    if (!present[key]) console.error(installHint(browser));
  }
  return present;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exit(Object.values(ensureBrowsers()).every(Boolean) ? 0 : 1);
