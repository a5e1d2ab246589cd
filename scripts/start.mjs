// `npm start`: build what the docs app imports, then serve Storybook and say where.
import { spawn, spawnSync } from 'node:child_process';

const port = Number(process.env.PORT ?? 6006);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };

console.log('Building @parley/core and @parley/widget for the docs app…');
const build = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@parley/docs^...', '--output-logs=errors-only'],
  {
    stdio: 'inherit',
    env,
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const storybook = spawn(
  'npx',
  ['storybook', 'dev', '--ci', '--port', String(port), '--no-version-updates', '--quiet'],
  { cwd: 'apps/docs', stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => storybook.kill(signal));
storybook.on('exit', (code) => process.exit(code ?? 0));

// Say where the docs are once Storybook answers, not before.
const url = `http://localhost:${port}/`;
const deadline = Date.now() + 120_000;
while (Date.now() < deadline) {
  const ready = await fetch(url).then(
    (response) => response.ok,
    () => false,
  );
  if (ready) {
    console.log(
      `\nParley docs are running at ${url}  (the Istanbul timeline: ${url}?path=/docs/introduction--docs)\n`,
    );
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
