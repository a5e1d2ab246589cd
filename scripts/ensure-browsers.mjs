// Makes sure Debian's Chromium is there for the browser tests, installing it on a fresh
// Debian machine when we may (root with apt-get). Tests never download a browser of their own.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(chromium)) return true;
  const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.getuid?.() === 0 && hasAptGet && !process.env.CHROMIUM_PATH) {
    console.log('Chromium is missing: installing Debian’s chromium package for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    return existsSync(chromium);
  }
  console.error(
    `Chromium was not found at ${chromium}.\n` +
      'Install it (on Debian or Ubuntu: sudo apt-get install chromium), or point CHROMIUM_PATH at a Chromium binary.',
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
