// `npm run bench`: parse speed in Node and in Chromium, and the size of what readers download.
// Prints a Markdown report; `npm run bench -- --write` also records it in docs/benchmarks.md.
// Wall-clock figures depend on the machine; CI checks sizes only (scripts/check-size.mjs).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../chromium.config.mjs';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
execFileSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@parley/core', '--filter=@parley/widget', '--output-logs=errors-only'],
  {
    stdio: 'inherit',
    env,
  },
);

const node = JSON.parse(execFileSync('node', ['scripts/bench/node-entry.mjs'], { encoding: 'utf8' }));

const bundle = await build({
  entryPoints: ['scripts/bench/browser-entry.mjs'],
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
});
const page = `<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>`;
const server = createServer((request, response) => {
  // A strict CSP: if validation tried eval or new Function, the page would record a violation.
  response.setHeader('content-security-policy', "default-src 'self'; script-src 'self'");
  if (request.url === '/bench.js')
    response.setHeader('content-type', 'text/javascript').end(bundle.outputFiles[0].contents);
  else response.setHeader('content-type', 'text/html').end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
const tab = await browser.newPage();
await tab.addInitScript(() => {
  globalThis.cspViolations = 0;
  document.addEventListener('securitypolicyviolation', () => globalThis.cspViolations++);
});
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
const browserResult = await tab.evaluate(() => ({
  ...globalThis.parleyBench(),
  cspViolations: globalThis.cspViolations,
}));
const browserVersion = browser.version();
await browser.close();
server.close();

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const sizes = [
  [
    '`@parley/widget` `dist/parley-timeline.js` (everything: Lit, validation, the element)',
    'packages/widget/dist/parley-timeline.js',
  ],
  ['`@parley/core` `dist/index.js` (ESM, before tree-shaking)', 'packages/core/dist/index.js'],
].map(([label, path]) => `| ${label} | ${kb(readFileSync(path).length)} | ${kb(gzip(path))} |`);

const rows = (result) =>
  result.results.map(
    (row) =>
      `| \`${row.name}\` | ${row.count.toLocaleString('en')} | ${row.ms.toFixed(1)} ms | ${row.eventsPerSecond.toLocaleString('en')} |`,
  );

const report = `## Results

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, Chromium ${browserVersion}.
Generated valid timelines (${node.smallTextLength.toLocaleString('en')} characters of JSON for 1,000 events); warm figures are the best of 7 runs.

### Parse speed, Node

First \`safeParseTimeline\` of 1,000 events in a fresh process: **${node.firstParse1000Ms.toFixed(1)} ms**.

| function | events | time | events/s |
| --- | ---: | ---: | ---: |
${rows(node).join('\n')}

### Parse speed, Chromium

First \`safeParseTimeline\` of 1,000 events on a fresh page: **${browserResult.firstParse1000Ms.toFixed(1)} ms**.
Content-Security-Policy violations while validating under \`script-src 'self'\`: **${browserResult.cspViolations}**.

| function | events | time | events/s |
| --- | ---: | ---: | ---: |
${rows(browserResult).join('\n')}

### Size

| file | raw | gzip -9 |
| --- | ---: | ---: |
${sizes.join('\n')}
`;

console.log(report);
if (process.argv.includes('--write')) {
  // Replace only the Results section; the text around it (how to reproduce, analysis) stays.
  const path = 'docs/benchmarks.md';
  const current = readFileSync(path, 'utf8');
  const start = current.indexOf('## Results');
  const next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  const before = start === -1 ? `${current.trimEnd()}\n\n` : current.slice(0, start);
  const after = next === -1 ? '' : `\n${current.slice(next + 1)}`;
  writeFileSync(path, `${before}${report}${after}`);
  console.log(`Recorded in ${path}.`);
}
