// `npm test`: every check the project has, in order, then one summary line `N passed, N failed`.
// Each gate (lint, typecheck, build, package checks) counts as one test; vitest counts its own tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
const REPORT = '.vitest-results/report.json';
const lines = [];
let passed = 0;
let failed = 0;

function record(ok, title) {
  lines.push(`${ok ? '✔' : '✖'} ${title}`);
  if (ok) passed++;
  else failed++;
}

function succeeds(title, command, args) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function gate(title, command, args) {
  const ok = succeeds(title, command, args);
  record(ok, title);
  return ok;
}

function runVitest() {
  rmSync(REPORT, { force: true });
  mkdirSync('.vitest-results', { recursive: true });
  const ok = succeeds('vitest (core, widget, docs stories, packaging)', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORT}`,
  ]);
  let report;
  try {
    report = JSON.parse(readFileSync(REPORT, 'utf8'));
  } catch {
    return record(false, 'vitest wrote no report');
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  lines.push(`${ok ? '✔' : '✖'} vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  // A suite that fails to load, or a type error in a .test-d.ts file, fails the run without failing a test.
  if (!ok && report.numFailedTests === 0) record(false, 'vitest failed outside any test (see above)');
}

// Every browser test needs Chromium; without Firefox or WebKit only their own tests fail, saying how to install them.
const hasChromium = ensureBrowsers().chromium;
gate('lint', 'npm', ['run', '--silent', 'lint']);
gate('typecheck', 'npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
if (gate('build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only'])) {
  gate('package checks (publint, attw)', 'node', ['scripts/check-packages.mjs']);
  gate('size budget', 'node', ['scripts/check-size.mjs']);
  if (hasChromium) runVitest();
  else record(false, 'tests not run: Chromium is missing');
} else {
  record(false, 'tests not run: the build failed');
}

console.log(`\n${lines.join('\n')}\n\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
