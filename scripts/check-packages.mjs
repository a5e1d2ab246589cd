// Checks each published package as npm consumers will get it: publint for package.json and
// file layout, attw for types under every module resolution the package supports.
import { spawnSync } from 'node:child_process';
import { publishedPackages } from './published-packages.mjs';

let ok = true;
for (const { dir, attwProfile } of publishedPackages) {
  for (const [command, ...args] of [
    ['npx', 'publint', '--strict', dir],
    ['npx', 'attw', '--pack', dir, '--profile', attwProfile, '--format', 'table-flipped'],
  ]) {
    console.log(`\n$ ${[command, ...args].join(' ')}`);
    if (spawnSync(command, args, { stdio: 'inherit' }).status !== 0) ok = false;
  }
}
process.exit(ok ? 0 : 1);
