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

/** Runs of a cold start; the first parse is timed in each and the median reported (one is noise). */
const COLD_RUNS = 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Combines runs: the median first parse, and for each measurement its best run. */
function combine(runs) {
  const results = runs[0].results.map((row, index) =>
    runs.map((run) => run.results[index]).reduce((best, next) => (next.ms < best.ms ? next : best)),
  );
  const deepNesting = runs[0].deepNesting.map((row, index) => ({
    name: row.name,
    firstMs: median(runs.map((run) => run.deepNesting[index].firstMs)),
    ms: Math.min(...runs.map((run) => run.deepNesting[index].ms)),
  }));
  return {
    ...runs[0],
    firstParse1000Ms: median(runs.map((run) => run.firstParse1000Ms)),
    results,
    deepNesting,
  };
}

const node = combine(
  Array.from({ length: COLD_RUNS }, () =>
    JSON.parse(execFileSync('node', ['scripts/bench/node-entry.mjs'], { encoding: 'utf8' })),
  ),
);

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
// A fresh page per run: each navigation starts a new document with nothing compiled yet.
await tab.addInitScript(() => {
  globalThis.cspViolations = 0;
  document.addEventListener('securitypolicyviolation', () => globalThis.cspViolations++);
});
const pageRuns = [];
for (let run = 0; run < COLD_RUNS; run++) {
  await tab.goto(`http://127.0.0.1:${server.address().port}/?run=${run}`);
  pageRuns.push(
    await tab.evaluate(() => ({ ...globalThis.parleyBench(), cspViolations: globalThis.cspViolations })),
  );
}
const browserResult = {
  ...combine(pageRuns),
  cspViolations: pageRuns.reduce((sum, run) => sum + run.cspViolations, 0),
};
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
].map(([label, path]) => `| ${label} | ${kb(readFileSync(path).length)} | ${kb(gzip(path))} |`);

/** What an app's bundler ships of @parley/core for `exports` (minified, tree-shaken). */
async function coreBundle(label, exports) {
  const { outputFiles } = await build({
    stdin: { contents: `export ${exports} from '@parley/core';`, resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    write: false,
  });
  const bytes = outputFiles[0].contents;
  return `| ${label} | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} |`;
}
sizes.push(
  await coreBundle(
    '`@parley/core`, only `safeParseTimelineJson` (bundled, tree-shaken)',
    '{ safeParseTimelineJson }',
  ),
  await coreBundle('`@parley/core`, everything including the zod schemas (bundled)', '*'),
);

const rows = (result) =>
  result.results.map(
    (row) =>
      `| ${row.name.includes('`') ? row.name : `\`${row.name}\``} | ${row.count.toLocaleString('en')} | ${row.ms.toFixed(1)} ms | ${row.eventsPerSecond.toLocaleString('en')} |`,
  );

const deepRows = (result) =>
  result.deepNesting.map((row) => `| ${row.name} | ${row.firstMs.toFixed(1)} ms | ${row.ms.toFixed(1)} ms |`);
const deepTable = (result) => `Refusing 1,000,000 nested \`[\` (1 MB of hostile JSON) as too deep:

| function | first call | warm |
| --- | ---: | ---: |
${deepRows(result).join('\n')}`;

const report = `## Results

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, Chromium ${browserVersion}.
Generated valid timelines (${node.smallTextLength.toLocaleString('en')} characters of JSON for 1,000 events).
First parses are the median of ${COLD_RUNS} fresh processes or pages; warm figures are the best of 15 runs after a warm-up, best of all runs.

### Parse speed, Node

First \`safeParseTimeline\` of 1,000 events in a fresh process: **${node.firstParse1000Ms.toFixed(1)} ms**.

| function | events | time | events/s |
| --- | ---: | ---: | ---: |
${rows(node).join('\n')}

${deepTable(node)}

### Parse speed, Chromium

First \`safeParseTimeline\` of 1,000 events on a fresh page: **${browserResult.firstParse1000Ms.toFixed(1)} ms**.
Content-Security-Policy violations while validating under \`script-src 'self'\`: **${browserResult.cspViolations}**.

| function | events | time | events/s |
| --- | ---: | ---: | ---: |
${rows(browserResult).join('\n')}

${deepTable(browserResult)}

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
  // The repository's Prettier settings align the tables, as `npm run lint` expects.
  execFileSync('npx', ['prettier', '--write', path], { stdio: 'inherit' });
  console.log(`Recorded in ${path}.`);
}
