// `npm run bench`: parse speed in Node and in Chromium, how fast the card renders, how long the
// `parley` command takes to validate the example (scripts/bench/measure-cli.mjs), the size of
// what readers download and what each feature of the script tag costs in it
// (scripts/bench/bytes-per-feature.mjs). Prints a Markdown report on stdout and a progress line
// per step on stderr. Options:
//   --write            also record the report as the Results section of docs/benchmarks.md
//   --baseline=FILE    render with this script tag too, side by side with the current one
//                      (e.g. a dist/parley-timeline.js built from main before a change)
//   --runs=N           cold runs of each measurement (default and minimum 5)
//   --no-build         use packages/*/dist as they are instead of building them first
//   --no-compare       skip the side-by-side run with TimelineJS3 and vis-timeline that ends
//                      this one (bench/compare.mjs, also `npm run bench:compare` on its own)
//   --ref=COMMIT       measure the script tag built from that commit's packages/widget (as
//                      scripts/bench/bytes-per-feature.mjs builds it) instead of dist, so edits
//                      others make to the working tree during the run change nothing
// Wall-clock figures depend on the machine; CI checks sizes only (scripts/check-size.mjs).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../chromium.config.mjs';
import {
  buildScriptTag,
  bytesPerFeatureSection,
  measureBytesPerFeature,
} from './bench/bytes-per-feature.mjs';
import { generateRealisticTimeline } from './bench/generate-timeline.mjs';
import { cliSection, measureCli } from './bench/measure-cli.mjs';
import { measureRender } from './bench/measure-render.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const baselinePath = option('baseline') && resolve(option('baseline'));
if (baselinePath && !existsSync(baselinePath)) throw new Error(`No baseline script tag at ${baselinePath}.`);
const known = /^--(write|no-build|no-compare|baseline=.+|runs=\d+|ref=.+)$/;
for (const arg of args)
  if (!known.test(arg)) throw new Error(`Unknown option ${arg}; see scripts/bench.mjs.`);
const progress = (line) => console.error(`bench: ${line}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// How busy the machine was, to read the figures by: the 1-minute load average at each step, and
// every 5 s while the event loop is free (the browser measurements; Node's parse runs block it).
const loads = [];
const noteLoad = () => loads.push(loadavg()[0]);
noteLoad();
const loadSampler = setInterval(noteLoad, 5_000);
loadSampler.unref();
/** `min to max (median m)` of the load samples from index `from` on. */
const loadRange = (from = 0) => {
  const samples = loads.slice(from);
  return `${Math.min(...samples).toFixed(1)} to ${Math.max(...samples).toFixed(1)} (median ${median(samples).toFixed(1)}, ${samples.length} samples)`;
};

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
/** The whole command, comparison included, stays under ten minutes on a 2-core machine. */
const COMMAND_BUDGET_S = 540;
if (!args.includes('--no-build')) {
  progress('building @parley/core, @parley/widget and @parley/cli');
  execFileSync(
    'npx',
    [
      'turbo',
      'run',
      'build',
      '--filter=@parley/core',
      '--filter=@parley/widget',
      '--filter=@parley/cli',
      '--output-logs=errors-only',
    ],
    {
      stdio: 'inherit',
      env,
    },
  );
}

// Imported once built, so a clean checkout can run the bench.
const core = await import('../packages/core/dist/index.js');

// The script tags the card rendering measures: the one just built (or built from --ref), and the
// baseline if given.
const SCRIPT_TAG = 'packages/widget/dist/parley-timeline.js';
// Resolved once, so a commit made during the run does not change what is measured.
const ref =
  option('ref') &&
  execFileSync('git', ['rev-parse', '--short', `${option('ref')}^{commit}`], { encoding: 'utf8' }).trim();
if (!ref && !existsSync(SCRIPT_TAG))
  throw new Error(
    `No ${SCRIPT_TAG} (being rebuilt?). Build it with: TURBO_TELEMETRY_DISABLED=1 npx turbo run build --filter=@parley/widget --output-logs=errors-only`,
  );
if (ref) progress(`building parley-timeline.js from commit ${ref}`);
// Read now: a rebuild of dist by someone else during the run must not change what is measured.
const scriptTags = [
  ...(baselinePath ? [{ label: 'baseline', path: baselinePath, code: readFileSync(baselinePath) }] : []),
  ref
    ? {
        label: 'current',
        path: `parley-timeline.js built from commit ${ref}`,
        code: await buildScriptTag(ref),
      }
    : { label: 'current', path: SCRIPT_TAG, code: readFileSync(SCRIPT_TAG) },
];

// What each feature costs: the script tag rebuilt from the same sources without it. Measured
// first, so the sources are those the script tag above was just built from.
const bytesPerFeature = await measureBytesPerFeature({
  ...(baselinePath ? { baseline: baselinePath } : {}),
  ...(ref ? { ref } : {}),
  log: progress,
});

/** Runs of a cold start; the first parse is timed in each and the median reported (one is noise). */
const COLD_RUNS = Math.max(5, Number(option('runs') ?? 5));

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
  Array.from({ length: COLD_RUNS }, (_, run) => {
    progress(`parse, Node: fresh process ${run + 1}/${COLD_RUNS}`);
    return JSON.parse(execFileSync('node', ['scripts/bench/node-entry.mjs'], { encoding: 'utf8' }));
  }),
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
  progress(`parse, Chromium: fresh page ${run + 1}/${COLD_RUNS}`);
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

// The `parley` command, start to exit, in fresh processes.
const cli = measureCli({ runs: Math.max(10, COLD_RUNS), log: progress });

// Card rendering: data → paint of the script tag, and of the baseline's beside it if given.
noteLoad();
const renderLoadsFrom = loads.length - 1;
const example = JSON.parse(readFileSync('packages/core/examples/istanbul-2025-06-02.json', 'utf8'));
const RENDER_COUNTS = [100, 1_000];
const RENDER_MODES = ['property', 'script'];
const timelineTexts = new Map(
  RENDER_COUNTS.map((count) => {
    const timeline = generateRealisticTimeline(example, count);
    const checked = core.safeParseTimeline(timeline);
    if (!checked.success)
      throw new Error(`Generated timeline is invalid: ${core.formatIssues(checked.error.issues)}`);
    return [count, JSON.stringify(timeline)];
  }),
);
progress(`render: ${scriptTags.map((tag) => `${tag.label} ${tag.path}`).join(', ')}`);
const render = await measureRender({
  bundles: scriptTags,
  counts: RENDER_COUNTS,
  modes: RENDER_MODES,
  runs: COLD_RUNS,
  timelineText: (count) => timelineTexts.get(count),
  log: progress,
});

noteLoad();
const renderLoads = loadRange(renderLoadsFrom);
progress('sizes');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizeRow = (label, bytes) =>
  `| ${label} | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} | ${kb(
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  )} |`;
const sizes = scriptTags.map((tag) =>
  sizeRow(
    tag.label === 'current'
      ? `\`@parley/widget\` ${ref ? `\`parley-timeline.js\` built from commit ${ref}` : '`dist/parley-timeline.js`'} (everything: Lit, validation, the element)`
      : `the baseline script tag, \`${tag.path}\``,
    tag.code,
  ),
);

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
  return sizeRow(label, outputFiles[0].contents);
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

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const taskMs = (value) => (value ? ms(value) : '< 50 ms');
const modeLabel = { property: '`timeline` property', script: 'child JSON script' };
const renderRow = (row) =>
  `| ${row.count.toLocaleString('en')} | ${modeLabel[row.mode]} | ${row.bundle} | **${ms(row.medianMs)}** | ${ms(row.minMs)} | ${ms(row.maxMs)} | ${ms(row.medianInDomMs)} | ${row.medianFirstPaintMs === undefined ? 'n/a' : ms(row.medianFirstPaintMs)} | ${taskMs(row.medianLongestTaskMs)} | ${taskMs(row.maxLongestTaskMs)} |`;
/** Baseline and current side by side, one line per size and way of handing the data over. */
function renderComparison() {
  const lines = [];
  for (const count of RENDER_COUNTS)
    for (const mode of RENDER_MODES) {
      const [before, after] = ['baseline', 'current'].map((label) =>
        render.results.find((row) => row.count === count && row.mode === mode && row.bundle === label),
      );
      const change = Math.round((after.medianMs / before.medianMs - 1) * 100);
      lines.push(
        `| ${count.toLocaleString('en')} | ${modeLabel[mode]} | ${ms(before.medianMs)} (${ms(before.minMs)}–${ms(before.maxMs)}) | ${ms(after.medianMs)} (${ms(after.minMs)}–${ms(after.maxMs)}) | ${change > 0 ? '+' : ''}${change}% | ${taskMs(before.medianLongestTaskMs)} | ${taskMs(after.medianLongestTaskMs)} |`,
      );
    }
  return `Side by side (median, min–max; longest task as a median):

| events | data | baseline | current | change | longest task, baseline | longest task, current |
| ---: | --- | ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}

`;
}
const figureArgs = [
  ...args.filter((arg) => /^--(baseline|runs)=/.test(arg)),
  ...(ref ? [`--ref=${ref}`] : []),
];
const reproduce = ['npm run bench', ...(figureArgs.length ? ['--', ...figureArgs] : [])].join(' ');
const renderSection = `### Card rendering, Chromium

Data → paint of \`<parley-timeline>\` from the script tag, on generated timelines shaped like
\`packages/core/examples/istanbul-2025-06-02.json\` (${timelineTexts.get(1_000).length.toLocaleString('en')} characters of JSON for 1,000 events),
median of ${COLD_RUNS} cold runs, each in a fresh browser context; Chromium ${render.browserVersion}, ${cpus().length} × ${cpus()[0]?.model.trim()}, shared with other work (1-minute load average ${renderLoads} while it ran), so expect ±30% or more.
Reproduce with \`${reproduce}\`.
${scriptTags.map((tag) => `${tag.label}: \`${tag.path}\``).join('; ')}.

${baselinePath ? renderComparison() : ''}| events | data | script tag | data → paint | min | max | all in DOM | first contentful paint | longest task | longest task, max |
| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${render.results.map(renderRow).join('\n')}
`;

const report = `## Results

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, Chromium ${browserVersion}; 1-minute load average ${loadRange()} during the run (${cpus().length} would be every core busy).
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

${renderSection}
${cliSection(cli)}
### Size

| file | raw | gzip -9 | brotli 11 |
| --- | ---: | ---: | ---: |
${sizes.join('\n')}

${bytesPerFeatureSection(bytesPerFeature)}`;

console.log(report);
if (args.includes('--write')) {
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

// Last, Parley beside TimelineJS3 and vis-timeline in the same run (bench/compare.mjs, which
// writes docs/benchmarks-comparison.md with --write): its repeat runs stop at what is left of ten
// minutes for the whole command. It measures the script tag just built in dist, so not with --ref.
if (args.includes('--no-compare')) progress('side by side: skipped (--no-compare)');
else if (ref) progress('side by side: skipped with --ref; run `npm run bench:compare -- --parley=FILE`');
else {
  const budget = Math.max(60, Math.round(COMMAND_BUDGET_S - performance.now() / 1000));
  progress(
    `side by side with TimelineJS3 and vis-timeline (bench/compare.mjs, repeat runs for ${budget} s at most)`,
  );
  execFileSync(
    'node',
    [
      'bench/compare.mjs',
      '--no-build',
      `--budget=${budget}`,
      ...(args.includes('--write') ? [] : ['--no-write']),
    ],
    {
      stdio: 'inherit',
      env: {
        ...env,
        PARLEY_BENCH_COMMAND: ['npm run bench', ...(args.length ? ['--', ...args] : [])].join(' '),
      },
    },
  );
}
