// Parley's script tag beside TimelineJS3 and vis-timeline, in one run on one machine: the same
// generated timelines of 10 to 10,000 events, each library embedded as its docs say, served from
// 127.0.0.1 to Debian's headless Chromium. Writes bench/results/comparison.json and
// docs/benchmarks-comparison.md (with docs/images/benchmarks-comparison.svg); a progress line per
// step on stderr. Run from the repository root: `npm run bench:compare`. Options:
//   --runs=N       cold runs of each library and size (default and minimum 5)
//   --sizes=A,B    numbers of events (default 10,100,1000,10000)
//   --libs=A,B     parley, timelinejs, vis (default all three)
//   --no-build     use packages/*/dist as they are instead of building them first
//   --parley=FILE  measure this build of the script tag (and the translations beside it) instead
//                  of packages/widget/dist/parley-timeline.js, e.g. one built from another commit
//   --no-write     print the summary only; write neither results nor docs
//   --budget=S     after S seconds (default 480), start no repeat run of a cell whose last run took
//                  over 5 s, so the whole stays < 10 min
// See docs/benchmarks-comparison.md for what is measured and how.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../chromium.config.mjs';
import { generateTimeline, toTimelineJs, toVisItems } from './generate.mjs';
import { writeReport } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
for (const arg of args)
  if (!/^--(no-build|no-write|runs=\d+|sizes=[\d,]+|libs=[a-z,]+|budget=\d+|parley=.+)$/.test(arg))
    throw new Error(`Unknown option ${arg}; see bench/compare.mjs.`);
const RUNS = Math.max(5, Number(option('runs') ?? 5));
/** Seconds from start after which no repeat runs are started, so a whole run stays under 10 minutes. */
const BUDGET_S = Number(option('budget') ?? 480);
const SIZES = (option('sizes') ?? '10,100,1000,10000').split(',').map(Number);
const ALL_LIBRARIES = ['parley', 'timelinejs', 'vis'];
const LIBRARIES = option('libs')?.split(',') ?? ALL_LIBRARIES;
for (const library of LIBRARIES)
  if (!ALL_LIBRARIES.includes(library)) throw new Error(`Unknown library ${library}.`);
/** A run that has not painted this long after the data was handed over did not finish (page.js). */
const RUN_TIMEOUT_MS = 60_000;
/** Hard limit per run from navigation, for a page stuck in one long task that never yields. */
const HARD_TIMEOUT_MS = 90_000;

const started = Date.now();
const progress = (line) =>
  console.error(`compare [${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]: ${line}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// How busy the machine was: the 1-minute load average every 5 s and at each step.
const loads = [];
const noteLoad = () => loads.push(loadavg()[0]);
noteLoad();
setInterval(noteLoad, 5_000).unref();

if (!args.includes('--no-build')) {
  progress('building @parley/core and @parley/widget');
  execFileSync(
    'npx',
    [
      'turbo',
      'run',
      'build',
      '--filter=@parley/core',
      '--filter=@parley/widget',
      '--output-logs=errors-only',
    ],
    { stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
}
const core = await import('../packages/core/dist/index.js');

/** A package's folder, wherever npm put it (hoisted to the root, or in this workspace). */
function packageDir(name) {
  for (const base of ['bench/node_modules', 'node_modules'])
    if (existsSync(join(base, name, 'package.json'))) return join(base, name);
  throw new Error(`${name} is not installed; run npm install.`);
}
const versionOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const timelineJsDir = packageDir('@knight-lab/timelinejs');
const visDir = packageDir('vis-timeline');
const widgetDir = 'packages/widget';
const versions = {
  parley: `@parley/widget ${versionOf(widgetDir)} (this checkout)`,
  timelinejs: `@knight-lab/timelinejs ${versionOf(timelineJsDir)}`,
  vis: `vis-timeline ${versionOf(visDir)}`,
};
const LABELS = { parley: 'Parley', timelinejs: 'TimelineJS3', vis: 'vis-timeline' };

/** URL prefixes the server maps to folders; each library's files come only from its own. */
const STATIC = [
  ['/lib/timelinejs/', join(timelineJsDir, 'dist')],
  ['/lib/vis/', join(visDir, 'standalone/umd')],
  ['/lib/vis/', join(visDir, 'styles')],
];
const scriptTagPath = option('parley')
  ? resolve(option('parley'))
  : join(widgetDir, 'dist/parley-timeline.js');
if (!existsSync(scriptTagPath))
  throw new Error(`No ${scriptTagPath} (being rebuilt?); build it, or drop --no-build.`);
// Parley's script tag and its on-demand translations, read now: a rebuild of dist by someone
// else during the run must not change what is measured (the other libraries' files never change).
const snapshot = new Map(
  readdirSync(dirname(scriptTagPath))
    .filter((name) => /^parley-timeline.*\.js$/.test(name))
    .map((name) => [`/lib/parley/${name}`, readFileSync(join(dirname(scriptTagPath), name))]),
);
const scriptTag = readFileSync(scriptTagPath);
snapshot.set('/lib/parley/parley-timeline.js', scriptTag);
const parleyBuild = {
  path: scriptTagPath.startsWith(`${root}${sep}`) ? relative(root, scriptTagPath) : scriptTagPath,
  // The checkout's commit; with --parley, the build may come from elsewhere.
  sha256: createHash('sha256').update(scriptTag).digest('hex').slice(0, 16),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
  // Uncommitted changes to the widget or core source mean the figures are of a work in progress.
  dirtySource:
    execFileSync('git', ['status', '--porcelain', '--', 'packages/widget/src', 'packages/core/src'], {
      encoding: 'utf8',
    }).trim() !== '',
};

// The data: generated once, checked by Parley's own validator, converted for the others.
const example = JSON.parse(readFileSync('packages/core/examples/istanbul-2025-06-02.json', 'utf8'));
const data = new Map();
const dataSets = [];
for (const count of SIZES) {
  const timeline = generateTimeline(example, count);
  const checked = core.safeParseTimeline(timeline);
  if (!checked.success)
    throw new Error(`Generated timeline is invalid: ${core.formatIssues(checked.error.issues)}`);
  const texts = {
    parley: JSON.stringify(timeline),
    timelinejs: JSON.stringify(toTimelineJs(timeline)),
    vis: JSON.stringify(toVisItems(timeline)),
  };
  for (const [library, text] of Object.entries(texts)) data.set(`/data/${library}-${count}.json`, text);
  dataSets.push({
    count,
    lastTitle: timeline.events.at(-1).title,
    jsonBytes: Object.fromEntries(Object.entries(texts).map(([library, text]) => [library, text.length])),
  });
  progress(
    `generated ${count.toLocaleString('en')} events (${(texts.parley.length / 1024).toFixed(0)} KiB of Parley JSON)`,
  );
}

const pageScript = readFileSync('bench/page.js');
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};
/** The file a /lib/ URL names, never outside its folder. */
function staticFile(pathname) {
  if (pathname.startsWith('/lib/parley/')) return undefined; // only from the snapshot
  for (const [prefix, dir] of STATIC) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!relative(dir, file).startsWith(`..${sep}`) && existsSync(file) && extname(file)) return file;
  }
  return undefined;
}
/** The bytes served for a /lib/ URL, or undefined for a 404. */
const fileBytes = (pathname) => {
  if (snapshot.has(pathname)) return snapshot.get(pathname);
  const file = staticFile(pathname);
  return file && readFileSync(file);
};

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://127.0.0.1');
  response.setHeader('cache-control', 'no-store');
  const file = pathname.startsWith('/lib/') ? fileBytes(pathname) : undefined;
  if (pathname === '/')
    response
      .setHeader('content-type', 'text/html')
      .end(
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>comparison</title>' +
          '<script src="/page.js"></script><body></body></html>',
      );
  else if (pathname === '/page.js') response.setHeader('content-type', 'text/javascript').end(pageScript);
  else if (data.has(pathname)) response.setHeader('content-type', 'application/json').end(data.get(pathname));
  else if (file)
    response.setHeader('content-type', TYPES[extname(pathname)] ?? 'application/octet-stream').end(file);
  else response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Raw, gzip -9 and brotli 11 bytes of each file a page fetched, computed once per file. */
const sizeCache = new Map();
function sizesOf(pathname) {
  if (!sizeCache.has(pathname)) {
    const bytes = fileBytes(pathname);
    sizeCache.set(pathname, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  return sizeCache.get(pathname);
}

/** `promise`, or a rejection once `ms` have passed without an answer. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
const browserVersion = browser.version();
progress(`Chromium ${browserVersion}, ${origin}`);

/**
 * One cold run: a fresh browser context (its own renderer process, empty HTTP and code caches)
 * for one library and size. With `inspect`, also the JS heap after GC, the DOM size and the
 * find-in-page checks, which take long on a big page and so are done in the first run only.
 */
async function measure(library, dataSet, inspect) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Nothing may leave the machine: any request elsewhere is aborted, and counted. (The launch
  // args also resolve every other host name to nothing; this catches addresses too.)
  const blocked = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  const fetched = new Set();
  const missing = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/lib/')) return; // the page, the harness and the data are not the library
    if (response.status() === 200) fetched.add(pathname);
    else missing.push(pathname);
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await page.goto(`${origin}/?lib=${library}&count=${dataSet.count}`);
    const result = await withTimeout(
      page.evaluate(() => globalThis.benchResult),
      HARD_TIMEOUT_MS,
      'the page',
    ).catch((error) => ({ ok: false, error: error.message }));
    if (result.ok && inspect) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      result.heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      Object.assign(
        result,
        await withTimeout(
          page.evaluate((title) => globalThis.benchInspect(title), dataSet.lastTitle),
          RUN_TIMEOUT_MS,
          'find-in-page',
        ).catch((error) => ({ inspectError: error.message })),
      );
    }
    const bytes = { raw: 0, gzip: 0, brotli: 0 };
    for (const pathname of fetched) for (const key in bytes) bytes[key] += sizesOf(pathname)[key];
    return {
      ...result,
      files: [...fetched].sort(),
      missing,
      bytes,
      blocked,
      pageErrors: pageErrors.slice(0, 3),
    };
  } finally {
    // A renderer stuck in a task may not answer; do not let closing it hang the bench.
    await withTimeout(context.close(), 10_000, 'closing the context').catch(() => {});
  }
}

/**
 * Past the time budget, repeat runs go on only for a library whose last run at that size took less
 * than this: Parley's 10,000 events still get all their runs, while TimelineJS3's and vis-timeline's,
 * at 15 to 40 s a run here, stop where the budget says.
 */
const QUICK_RUN_MS = 5_000;
const lastRunMs = new Map(); // `${library} ${count}` → how long its last run took, all told
const samples = new Map(); // `${library} ${count}` → results of its runs
const gaveUp = new Map(); // library → the size it did not finish at; it is not run there again or above
let outOfTime = false;
const fmt = (ms) => (ms === undefined ? 'n/a' : `${Math.round(ms).toLocaleString('en')} ms`);
const loadsAtMeasure = loads.length;
for (const dataSet of SIZES.map((count) => dataSets.find((set) => set.count === count))) {
  const { count } = dataSet;
  for (let run = 0; run < RUNS; run++)
    // Libraries take turns within each run, so load from other work falls on all alike.
    for (const library of LIBRARIES) {
      if (gaveUp.has(library) && gaveUp.get(library) <= count) continue;
      const key = `${library} ${count}`;
      // Past the time budget, only what is needed for a figure per cell, and the quick runs.
      if (run > 0 && (Date.now() - started) / 1000 > BUDGET_S && lastRunMs.get(key) >= QUICK_RUN_MS) {
        if (!outOfTime) progress(`past the ${BUDGET_S} s budget: no more repeat runs that take over 5 s`);
        outOfTime = true;
        continue;
      }
      const runStarted = Date.now();
      const sample = await measure(library, dataSet, run === 0);
      lastRunMs.set(key, Date.now() - runStarted);
      samples.set(key, [...(samples.get(key) ?? []), sample]);
      const where = `${count.toLocaleString('en')} events, run ${run + 1}/${RUNS}, ${LABELS[library]}`;
      if (!sample.ok) {
        // One that cannot cope is not run again at this size or above: each would cost a timeout.
        gaveUp.set(library, count);
        progress(`${where}: did not finish: ${sample.error}`);
      } else
        progress(
          `${where}: data → paint ${fmt(sample.dataToPaintMs)} (first shown ${fmt(sample.dataToFirstShownMs)}), script → paint ${fmt(sample.scriptToPaintMs)}, ` +
            `longest task ${fmt(sample.longestTaskMs)}, ${sample.rendered.toLocaleString('en')} rendered, ` +
            `${(sample.bytes.gzip / 1024).toFixed(1)} KiB gzip, ${sample.blocked.length} blocked` +
            (run === 0
              ? `; heap ${(sample.heapBytes / 2 ** 20).toFixed(1)} MiB, ${sample.domNodes?.toLocaleString('en')} DOM nodes, ` +
                `window.find ${sample.windowFind} in ${fmt(sample.windowFindMs)}${sample.inspectError ? ` (${sample.inspectError})` : ''}`
              : ''),
        );
    }
}
await browser.close();
server.close();
noteLoad();

/** Median, min and max of one measurement over the finished runs. */
function spread(runs, name) {
  const values = runs.map((run) => run[name]).filter((value) => value !== undefined);
  if (!values.length) return undefined;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
const results = [];
for (const library of LIBRARIES)
  for (const { count } of dataSets) {
    const runs = samples.get(`${library} ${count}`) ?? [];
    const finished = runs.filter((run) => run.ok);
    const first = runs[0];
    results.push({
      library,
      count,
      runs: runs.length,
      finished: finished.length,
      // Did not finish: a run timed out or failed, or it was not run after one did at a smaller size.
      didNotFinish: finished.length < runs.length || runs.length === 0,
      error:
        runs.find((run) => !run.ok)?.error ??
        (runs.length
          ? undefined
          : `not run: did not finish at ${gaveUp.get(library)?.toLocaleString('en')} events`),
      ...(first?.ok && {
        scriptToFirstPaintMs: spread(finished, 'scriptToFirstPaintMs'),
        scriptToPaintMs: spread(finished, 'scriptToPaintMs'),
        loadMs: spread(finished, 'loadMs'),
        dataToPaintMs: spread(finished, 'dataToPaintMs'),
        dataToFirstShownMs: spread(finished, 'dataToFirstShownMs'),
        dataToDomMs: spread(finished, 'dataToDomMs'),
        longestTaskMs: spread(finished, 'longestTaskMs'),
        totalBlockingMs: spread(finished, 'totalBlockingMs'),
        // From the first run only (see measure).
        heapBytes: first.heapBytes,
        domNodes: first.domNodes,
        domElements: first.domElements,
        rendered: first.rendered,
        lastTitleTextNodes: first.lastTitleTextNodes,
        lastTitleVisible: first.lastTitleVisible,
        windowFind: first.windowFind,
        windowFindMs: first.windowFindMs,
        inspectError: first.inspectError,
      }),
      bytes: first?.bytes,
      files: first?.files,
      missing: [...new Set(runs.flatMap((run) => run.missing))],
      blockedPerRun: first?.blocked.length,
      blocked: [...new Set(runs.flatMap((run) => run.blocked))],
      pageErrors: [...new Set(runs.flatMap((run) => run.pageErrors))],
    });
  }

const measureLoads = loads.slice(loadsAtMeasure - 1);
const comparison = {
  date: new Date().toISOString(),
  // Run by `npm run bench`, the command a reader would type is that one (scripts/bench.mjs says so).
  command:
    process.env.PARLEY_BENCH_COMMAND ??
    ['npm run bench:compare', ...(args.length ? ['--', ...args] : [])].join(' '),
  machine: {
    cpus: `${cpus().length} × ${cpus()[0]?.model.trim()}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    browser: `Chromium ${browserVersion} (${chromiumExecutable}), headless`,
    loadAverage: {
      min: Math.min(...measureLoads),
      median: median(measureLoads),
      max: Math.max(...measureLoads),
      samples: measureLoads.length,
    },
  },
  parleyBuild,
  versions: Object.fromEntries(LIBRARIES.map((library) => [library, versions[library]])),
  runsPerCell: RUNS,
  quickRunMs: QUICK_RUN_MS,
  budgetSeconds: BUDGET_S,
  outOfTime,
  timeoutMs: RUN_TIMEOUT_MS,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  dataSets,
  results,
};

const summary = writeReport(comparison, { write: !args.includes('--no-write'), labels: LABELS });
console.log(summary);
progress(`done in ${comparison.durationSeconds} s`);
if (!args.includes('--no-write')) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/comparison.json', `${JSON.stringify(comparison, null, 2)}\n`);
  progress(
    'wrote bench/results/comparison.json, docs/benchmarks-comparison.md, docs/images/benchmarks-comparison.svg',
  );
}
