// `npm run release`: apply the pending changesets to versions and changelogs, build, publish.
// `npm run release -- --dry-run`: build and show what each package would publish, changing nothing.
import { execFileSync } from 'node:child_process';
import { publishedPackages } from './published-packages.mjs';

const dryRun = process.argv.includes('--dry-run');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const sh = (command, args, options = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env, ...options });

if (!dryRun) {
  sh('npx', ['changeset', 'version']);
  // changeset version edits package.json files; keep the lockfile in step with them.
  sh('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund']);
}
sh('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);

if (dryRun) {
  const contents = {};
  for (const { name } of publishedPackages) {
    const out = execFileSync(
      'npm',
      ['publish', '--dry-run', '--json', '--access', 'public', '--workspace', name],
      {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const result = JSON.parse(out)[name];
    contents[name] = { version: result.version, files: result.files.map((file) => file.path) };
  }
  console.log(JSON.stringify(contents, null, 2));
} else {
  sh('npx', ['changeset', 'publish']);
}
