// What each feature of the script tag costs, in gzip bytes. Part of `npm run bench`; alone:
//   node scripts/bench/bytes-per-feature.mjs [--baseline=FILE] [--ref=COMMIT]
// With --ref, packages/widget is taken from that commit (`git archive`, into a temporary
// directory) instead of the working tree, so the figures do not move with uncommitted edits.
// It builds `parley-timeline.js` from packages/widget/src as the real build does (the script-tag
// entry of packages/widget/tsup.config.ts: esbuild with that entry's plugins, banner and footer,
// then terser with its options, as tsup runs them), gzips it at level 9 with node:zlib, then
// builds it again with one module replaced by a minimal stand-in: the difference is what that
// feature costs. What cannot be taken out is measured on its own, built and minified the same way.
// Needs packages/core/dist (the script tag bundles @parley/core from there); sizes, never times.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_BASELINE = '/tmp/baseline-widget-dist/parley-timeline.js';
const LOCALES = ['uk', 'ru', 'tr', 'ar'];

const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/**
 * Where packages/widget is read from: the working tree, or a commit unpacked into a temporary
 * directory whose node_modules is the repository's (so @parley/core is packages/core/dist).
 * `label` says which, for the report; `remove` deletes the temporary copy.
 */
export function widgetTree(ref) {
  if (!ref) {
    const changed = git(
      'status',
      '--porcelain',
      '--',
      'packages/widget/src',
      'packages/widget/build',
      'packages/widget/tsup.config.ts',
    )
      .split('\n')
      .filter(Boolean).length;
    const head = git('rev-parse', '--short', 'HEAD');
    const widget = join(root, 'packages/widget');
    return {
      widget,
      src: join(widget, 'src') + sep,
      label: `the working tree at ${head}${changed ? `, with uncommitted changes to ${changed} files under packages/widget` : ' (no uncommitted changes to packages/widget)'}`,
      remove: () => {},
    };
  }
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bytes-'));
  const tar = execFileSync(
    'git',
    ['archive', '--format=tar', commit, 'packages/widget', 'tsconfig.base.json'],
    {
      cwd: root,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const widget = join(dir, 'packages/widget');
  return {
    widget,
    src: join(widget, 'src') + sep,
    label: `commit ${commit}${ref === commit ? '' : ` (${ref})`}, unpacked with \`git archive\``,
    commit,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * packages/widget/tsup.config.ts, bundled and imported, so the plugins, terser options, banner
 * and footer measured here are the ones the build uses. `tsup` itself is only `defineConfig`;
 * other packages stay outside the bundle, imported from where the widget resolves them.
 */
async function loadTsupConfig({ widget }) {
  const requireFromWidget = createRequire(join(widget, 'package.json'));
  const { outputFiles } = await build({
    entryPoints: [join(widget, 'tsup.config.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'tsup-config-imports',
        setup(config) {
          config.onResolve({ filter: /^tsup$/ }, () => ({ path: 'tsup', namespace: 'tsup-define' }));
          config.onLoad({ filter: /.*/, namespace: 'tsup-define' }, () => ({
            contents: 'export const defineConfig = (config) => config;',
            loader: 'js',
          }));
          // A data: URL module resolves only absolute URLs and Node's own modules.
          config.onResolve({ filter: /^[^./]/ }, ({ path }) =>
            path.startsWith('node:')
              ? { path, external: true }
              : { path: pathToFileURL(requireFromWidget.resolve(path)).href, external: true },
          );
        },
      },
    ],
  });
  const source = Buffer.from(outputFiles[0].contents).toString('base64');
  const { default: configs } = await import(`data:text/javascript;base64,${source}`);
  const entryNames = (config) => Object.keys(config.entry);
  const scriptTag = configs.find((config) => entryNames(config).includes('parley-timeline'));
  const onDemand = configs.find((config) => entryNames(config).includes('parley-timeline.details'));
  const messages = configs.find((config) => entryNames(config).includes('parley-timeline.messages'));
  const translations = configs.find((config) =>
    LOCALES.every((lang) => entryNames(config).includes(`parley-timeline.${lang}`)),
  );
  if (!scriptTag || !translations)
    throw new Error('tsup.config.ts no longer has the script-tag and translation entries this expects.');
  return { scriptTag, translations, onDemand, messages };
}

/**
 * Terser writes its shorthands into the option objects it is given (`module: true` becomes
 * `compress.module`), and tsup.config.ts shares one `compress` object between the script tag and
 * the translations: copied here, so each build is minified with its own config's options only.
 */
function freshTerserOptions(options) {
  return Object.fromEntries(
    Object.entries(options).map(([key, value]) => [
      key,
      value && typeof value === 'object' && !(value instanceof RegExp) ? { ...value } : value,
    ]),
  );
}

/**
 * One file built the way tsup builds `config`'s entries: esbuild with the options tsup passes
 * (no minifier), then terser with tsup's defaults for the format under the config's options.
 */
async function buildLikeTsupIn(
  { widget },
  config,
  { entry, stdin, plugins = [], external = [], leakModule = false },
) {
  const format = config.format[0];
  const result = await build({
    absWorkingDir: widget,
    ...(stdin ? { stdin: { ...stdin, resolveDir: widget, loader: 'ts' } } : { entryPoints: [entry] }),
    bundle: true,
    format,
    platform: config.platform,
    target: config.target,
    mainFields: config.platform === 'node' ? ['module', 'main'] : ['browser', 'module', 'main'],
    define: { TSUP_FORMAT: JSON.stringify(format) },
    banner: config.banner,
    footer: config.footer,
    external,
    // The stand-ins first: the first onLoad to answer for a file wins.
    plugins: [...plugins, ...(config.esbuildPlugins ?? [])],
    write: false,
    logLevel: 'silent',
  });
  const defaults =
    format === 'esm' ? { module: true } : config.globalName === undefined ? { toplevel: true } : {};
  const options = freshTerserOptions({ ...defaults, ...config.terserOptions });
  // What tsup's build does when the translations are minified first (see freshTerserOptions).
  if (leakModule) options.compress = { ...options.compress, module: true };
  const { code } = await minify(result.outputFiles[0].text, options);
  // tsup names the source map in the last line of a file built with `sourcemap`.
  return Buffer.from(config.sourcemap && entry ? `${code}//# sourceMappingURL=parley-timeline.js.map` : code);
}

/**
 * Minimal stand-ins, by module under packages/widget/src: each exports what the rest of the card
 * imports from it and nothing more. They only have to build, not to render a working card. If a
 * module gains an export the rest uses, esbuild stops with "No matching export": add it here.
 * `EMPTY` stands for every name the module exports, each an empty function, for modules whose
 * exports only the element calls. A row whose modules are all missing (an older commit) is
 * reported as not in that build.
 */
const EMPTY = Symbol('every export an empty function');
const FEATURES = [
  {
    feature: 'At a glance block (rendering; the view model still collects it)',
    stubs: {
      'render/at-a-glance.ts': "import { nothing } from 'lit';\nexport const atAGlance = () => nothing;",
    },
  },
  {
    feature: "Day headings (a day's events stay in one `<div>`; the model's grouping stays)",
    stubs: {
      'render/day-group.ts': [
        "import { html } from 'lit';",
        "import { eventItem } from './event-item.js';",
        'export const dayGroup = (ctx, day) => html`<div>${day.events.map((event) => eventItem(ctx, event))}</div>`;',
      ].join('\n'),
    },
  },
  {
    feature: 'Citation markers and source lists',
    stubs: {
      'render/citations.ts':
        "import { nothing } from 'lit';\nexport const citationMarkers = () => nothing;\nexport const citationList = () => nothing;",
    },
  },
  {
    feature: 'Loader of the event details (`parley-timeline.details.js`, the kit it shares)',
    stubs: {
      'render/load-event-body.script.ts':
        'export const bodyRenderer = () => undefined;\nexport const loadBodyRenderer = () => Promise.resolve();',
    },
  },
  {
    feature: "Event-type icons (their paths; the `<svg>` element is part of each event's template)",
    stubs: { 'render/event-icons.ts': 'export const ICON_PATHS = {};' },
  },
  {
    feature: 'Error and loading states (issue list, hints)',
    stubs: {
      'render/states.ts':
        "import { nothing } from 'lit';\nexport const loadingState = () => nothing;\nexport const errorState = () => nothing;",
    },
  },
  {
    feature: 'Styles: all of them (layout and tokens)',
    stubs: { 'parley-timeline.styles.ts': 'export default [];' },
  },
  {
    feature: 'Styles: the design tokens alone (`--parley-*`, light/dark, density)',
    stubs: { 'styles/tokens.styles.ts': "import { css } from 'lit';\nexport default css``;" },
  },
  {
    feature: 'On-demand locale loader (finds and imports `parley-timeline.<lang>.js`)',
    stubs: { 'i18n/load-locale.script.ts': 'export const BUILT_IN_LOCALES = {};' },
  },
  {
    feature: 'Choosing the language: page `lang`, added locales, the loader above (English stays)',
    stubs: {
      'i18n/locales.ts': [
        "import { en } from './en.js';",
        'export const addLocale = () => {};',
        'export const onLocaleAdded = () => () => {};',
        "export const resolveLocale = () => ({ tag: 'en', translation: en });",
      ].join('\n'),
      'controllers/page-locale.ts':
        'export class PageLocaleController {}\nexport const nearestLang = () => undefined;',
    },
  },
  {
    feature: 'Reader controls: the toolbar (type and party filters, search, order, expand all)',
    stubs: { 'render/controls.ts': EMPTY },
  },
  {
    feature: 'Filtering and ordering the events (facets, text search, first events)',
    stubs: { 'model/timeline-filter.ts': EMPTY },
  },
  {
    feature: 'Deep links (`#parley-<timeline id>-<event id>` in the address opens and scrolls to the event)',
    stubs: { 'controllers/deep-link.ts': EMPTY },
  },
  {
    feature: 'Chunked rendering of long timelines',
    stubs: { 'controllers/progressive-render.ts': EMPTY },
  },
  {
    feature: 'Blocks of days, what a long list skips off screen (the days stay in one list)',
    stubs: {
      'render/day-blocks.ts': 'export const blockOf = () => 0; export const dayBlocks = (days) => days;',
    },
  },
  {
    feature: 'Rendering again only the days that changed (`DayRenders`)',
    stubs: {
      'controllers/day-renders.ts':
        'export class DayRenders { pending = false; reset() {} values(days, now, render) { return days.map((day) => render(day, true)); } }',
    },
  },
  {
    feature: "Far blocks of a long list as their events' words until they come near",
    stubs: {
      'render/event-words.ts': 'export const eventWords = () => undefined;',
      'controllers/shown-blocks.ts': 'export const shownBlocks = () => ({ full: () => true, watch() {} });',
    },
  },
  {
    feature: 'Keyboard between the events of the list',
    stubs: { 'controllers/list-keyboard.ts': EMPTY },
  },
  {
    feature: 'The `parley-select` and `parley-render` events',
    stubs: { 'events/parley-select-event.ts': EMPTY, 'events/parley-render-event.ts': EMPTY },
  },
  {
    feature: 'Loader of the `src` code (`parley-timeline.remote.js`)',
    stubs: {
      'controllers/load-remote-source.script.ts':
        'export const loadRemoteSource = () => Promise.reject(new Error());',
    },
  },
  {
    feature: 'The `parley-update` event (live refresh)',
    stubs: { 'events/parley-update-event.ts': EMPTY },
  },
];

/** Builds each file once per stand-in; refuses a stand-in for a module that is not there or not bundled. */
function standInPlugin(tree, stubs) {
  const byPath = new Map(Object.entries(stubs).map(([module, stub]) => [join(tree.src, module), stub]));
  for (const path of byPath.keys())
    if (!existsSync(path))
      throw new Error(
        `No src/${relative(tree.src, path)} in ${tree.label}: update its stand-in in ${relative(root, fileURLToPath(import.meta.url))}.`,
      );
  const used = new Set();
  return {
    used: () => [...byPath.keys()].every((path) => used.has(path)),
    plugin: {
      name: 'feature-stand-in',
      setup(config) {
        // By absolute path under packages/widget/src, so files of the same name elsewhere (zod's
        // locales, say) are never touched; this also catches load-locale.script.ts, which the
        // script-tag plugin resolves './load-locale.js' to.
        config.onLoad({ filter: /\.ts$/ }, ({ path }) => {
          if (!byPath.has(path)) return undefined;
          used.add(path);
          return { contents: byPath.get(path), loader: 'ts', resolveDir: dirname(path) };
        });
      },
    },
  };
}

/** Every value a module exports, as an empty function: the names esbuild finds in it. */
async function emptyStandIn(path) {
  const { metafile } = await build({
    entryPoints: [path],
    format: 'esm',
    metafile: true,
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  return Object.values(metafile.outputs)
    .flatMap((output) => output.exports)
    .map((name) => (name === 'default' ? 'export default function () {}' : `export function ${name}() {}`))
    .join('\n');
}

/** @parley/core replaced for the card's own modules only: what the whole validator and date code cost. */
const coreStandIn = (tree) => ({
  name: 'core-stand-in',
  setup(config) {
    config.onResolve({ filter: /^@parley\/core$/ }, ({ importer }) =>
      importer.startsWith(tree.src) ? { path: '@parley/core', namespace: 'core-stand-in' } : undefined,
    );
    config.onLoad({ filter: /.*/, namespace: 'core-stand-in' }, () => ({
      contents: [
        'safeParseTimeline',
        'safeParseTimelineJson',
        '_checkTimeline',
        '_checkTimelineJson',
        '_checkTimelineInSteps',
        '_checkTimelineJsonInSteps',
        '_checkTimelineJsonWithInSteps',
        '_jsonReading',
        'formatParleyDate',
        'parseParleyDate',
        'toDotPath',
      ]
        .map((name) => `export const ${name} = () => ({});`)
        .join('\n'),
      loader: 'js',
    }));
  },
});

/** `parley-timeline.js` built from packages/widget/src (of `ref`, else the working tree) as the real build builds it. */
export async function buildScriptTag(ref) {
  const tree = widgetTree(ref);
  try {
    const { scriptTag } = await loadTsupConfig(tree);
    return await buildLikeTsupIn(tree, scriptTag, {
      entry: join(tree.widget, scriptTag.entry['parley-timeline']),
    });
  } finally {
    tree.remove();
  }
}

/**
 * @param {object} [options]
 * @param {string} [options.baseline] a script tag to compare the total with
 * @param {string} [options.ref] a commit to take packages/widget from instead of the working tree
 * @param {(line: string) => void} [options.log] progress
 */
export async function measureBytesPerFeature({ baseline = DEFAULT_BASELINE, ref, log = () => {} } = {}) {
  if (!existsSync(join(root, 'packages/core/dist/index.js')))
    throw new Error('No packages/core/dist: build it first (npx turbo run build --filter=@parley/core).');
  const tree = widgetTree(ref);
  try {
    return await measureTree(tree, baseline, log);
  } finally {
    tree.remove();
  }
}

async function measureTree(tree, baseline, log) {
  const { widget } = tree;
  const buildLikeTsup = (config, options) => buildLikeTsupIn(tree, config, options);
  const { scriptTag, translations, onDemand, messages } = await loadTsupConfig(tree);
  const scriptTagEntry = join(widget, scriptTag.entry['parley-timeline']);
  const full = await buildLikeTsup(scriptTag, { entry: scriptTagEntry });
  const total = gzipBytes(full);
  log(`bytes per feature: script tag built from source, ${total} bytes gzip`);

  const withStandIns = async (stubs, plugins = []) => {
    const standIn = standInPlugin(tree, stubs);
    const code = await buildLikeTsup(scriptTag, {
      entry: scriptTagEntry,
      plugins: [standIn.plugin, ...plugins],
    });
    if (!standIn.used()) throw new Error(`A stand-in was never loaded: ${Object.keys(stubs).join(', ')}.`);
    return gzipBytes(code);
  };

  const rows = [];
  for (const { feature, stubs } of FEATURES) {
    const modules = Object.keys(stubs);
    const named = modules.map((module) => `\`src/${module}\``).join(' and ');
    if (modules.every((module) => !existsSync(join(tree.src, module)))) {
      rows.push({ feature, how: `not in this build: no ${named}` });
      continue;
    }
    log(`bytes per feature: without ${modules.join(' and ')}`);
    const contents = {};
    for (const module of modules)
      contents[module] = stubs[module] === EMPTY ? await emptyStandIn(join(tree.src, module)) : stubs[module];
    const bytes = total - (await withStandIns(contents));
    rows.push({
      feature,
      bytes,
      how: `stubbed out: ${named} → ${stubs[modules[0]] === EMPTY ? 'empty functions' : `minimal stand-in${modules.length > 1 ? 's' : ''}`}`,
    });
  }

  // Needed by everything else: measured on their own, and stubbed out only as a cross-check.
  const standalone = async (config, options) => gzipBytes(await buildLikeTsup(config, options));
  log('bytes per feature: the English strings, the view model, Lit and @parley/core on their own');
  const en = await standalone(translations, { entry: join(widget, 'src/i18n/en.ts') });
  const enStubbed =
    total -
    (await withStandIns({ 'i18n/en.ts': 'export const en = new Proxy({}, { get: () => () => "" });' }));
  rows.push({
    feature: 'English strings (built in)',
    bytes: en,
    how: `standalone, built as the translations are (in the script tag: ${enStubbed.toLocaleString('en')} stubbed out)`,
  });
  const view = await standalone(translations, {
    stdin: { contents: "export { buildTimelineView } from './src/model/timeline-view.ts';" },
    external: ['@parley/core'],
  });
  const viewStubbed =
    total -
    (await withStandIns({ 'model/timeline-view.ts': 'export const buildTimelineView = () => ({});' }));
  rows.push({
    feature: 'View model (order, day groups, span, venues, At-a-glance lists, index)',
    bytes: view,
    how: `standalone, without @parley/core (in the script tag: ${viewStubbed.toLocaleString('en')} stubbed out)`,
  });
  const lit = await standalone(scriptTag, {
    stdin: {
      contents: [
        "import { LitElement, css, html, nothing } from 'lit';",
        'class LitProbe extends LitElement {',
        '  static styles = css`:host{display:block}`;',
        '  render() { return html`<p>${this.title || nothing}</p>`; }',
        '}',
        "customElements.define('lit-probe', LitProbe);",
      ].join('\n'),
    },
  });
  rows.push({
    feature: 'Lit (lit-html, lit-element, reactive-element)',
    bytes: lit,
    how: 'standalone: `import "lit"` and a LitElement subclass, built as the script tag is',
  });
  const core = await standalone(scriptTag, {
    stdin: {
      contents: [
        "import { safeParseTimeline, safeParseTimelineJson, formatParleyDate } from '@parley/core';",
        'globalThis.parleyCore = { safeParseTimeline, safeParseTimelineJson, formatParleyDate };',
      ].join('\n'),
    },
  });
  const coreStubbed = total - (await withStandIns({}, [coreStandIn(tree)]));
  rows.push({
    feature: '@parley/core: validator, JSON reader, dates',
    bytes: core,
    how: `standalone: \`safeParseTimeline\`, \`safeParseTimelineJson\`, \`formatParleyDate\` (in the script tag: ${coreStubbed.toLocaleString('en')} stubbed out)`,
  });

  rows.push({
    feature: "The card's own code, all of it (everything but Lit and @parley/core)",
    bytes: total - coreStubbed - lit,
    how: 'the total, less @parley/core stubbed out and Lit standalone',
  });

  const chunks = [];
  for (const lang of LOCALES) {
    log(`bytes per feature: parley-timeline.${lang}.js`);
    const code = await buildLikeTsup(translations, {
      entry: join(widget, translations.entry[`parley-timeline.${lang}`]),
    });
    chunks.push({ lang, bytes: gzipBytes(code) });
  }
  // The other files the script tag imports on demand (none before commit c7e1fb4).
  const parts = {
    details: "what an opened event shows: its type's details and its sources (budget 4,096)",
    remote:
      "the `src` loader, live refresh schedule, version diff and keeping the reader's place (budget 2,048)",
  };
  if (messages)
    parts.messages =
      "the words of a card's issues and the strict JSON reader that places them in the text, loaded only when it has some (budget 8,192)";
  for (const [name, what] of Object.entries(parts)) {
    const config = name === 'messages' ? messages : onDemand;
    const entry = config?.entry[`parley-timeline.${name}`];
    if (!entry) continue;
    log(`bytes per feature: parley-timeline.${name}.js`);
    const code = await buildLikeTsup(config, { entry: join(widget, entry) });
    chunks.push({ lang: name, bytes: gzipBytes(code), what });
  }

  // dist/parley-timeline.js as the build wrote it (from the working tree), and if it differs, why.
  const distPath = join(widget, 'dist/parley-timeline.js');
  const distCode = !tree.commit && existsSync(distPath) ? readFileSync(distPath) : undefined;
  let distNote = 'the same file';
  if (distCode && !distCode.equals(full)) {
    const leaked = await buildLikeTsup(scriptTag, { entry: scriptTagEntry, leakModule: true });
    distNote = distCode.equals(leaked)
      ? 'minified as an ES module: `compress.module` leaks from the translations (see the analysis)'
      : 'built from other sources or options';
  }
  return {
    source: tree.label,
    total,
    dist: distCode && { bytes: gzipBytes(distCode), note: distNote },
    baseline: existsSync(baseline) ? { path: baseline, bytes: gzipBytes(readFileSync(baseline)) } : undefined,
    rows,
    chunks,
  };
}

const n = (bytes) => bytes.toLocaleString('en');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const signed = (bytes) => `${bytes > 0 ? '+' : bytes < 0 ? '−' : '±'}${n(Math.abs(bytes))}`;

/** The Markdown of `### Bytes per feature`, for the Results section of docs/benchmarks.md. */
export function bytesPerFeatureSection(result) {
  const { source, total, dist, baseline, rows, chunks } = result;
  const budget = 32 * 1024;
  const target = 28 * 1024;
  const versus = (limit) =>
    total <= limit ? `${n(limit - total)} under it` : `**${n(total - limit)} over it**`;
  const totals = [
    ...(baseline
      ? [
          `| the baseline script tag, \`${baseline.path}\` | ${n(baseline.bytes)} | ${kib(baseline.bytes)} | |`,
        ]
      : []),
    `| the script tag built from \`packages/widget/src\` | ${n(total)} | ${kib(total)} | ${baseline ? `${signed(total - baseline.bytes)} (${signed(Math.round(((total - baseline.bytes) / baseline.bytes) * 100))}%)` : ''} |`,
    ...(dist
      ? [
          `| \`packages/widget/dist/parley-timeline.js\` as \`tsup\` wrote it | ${n(dist.bytes)} | ${kib(dist.bytes)} | ${dist.note} |`,
        ]
      : []),
    `| the budget, \`scripts/check-size.mjs\` | ${n(budget)} | 32.0 KiB | ${versus(budget)} |`,
    `| the target shared with issue 9 | ${n(target)} | 28.0 KiB | ${versus(target)} |`,
  ];
  return `### Bytes per feature

What each part of the script tag costs, gzip -9 (node:zlib). \`scripts/bench/bytes-per-feature.mjs\`
builds \`parley-timeline.js\` from source as \`packages/widget/tsup.config.ts\` does (esbuild with its
plugins, terser with its options), then again with one module replaced by a minimal stand-in:
the difference is what that feature costs. Code another part still uses stays in, so the rows
do not add up to the total; what the card cannot do without is measured on its own.
Built from ${source}.

| file | gzip -9 bytes | KiB | change |
| --- | ---: | ---: | ---: |
${totals.join('\n')}

| feature | gzip bytes it costs | how measured |
| --- | ---: | --- |
${rows.map((row) => `| ${row.feature} | ${row.bytes === undefined ? '—' : n(row.bytes)} | ${row.how} |`).join('\n')}
${chunks.map((chunk) => `| \`parley-timeline.${chunk.lang}.js\`, loaded on demand | ${n(chunk.bytes)} | standalone, not in the script tag: ${chunk.what ?? 'the translation file (budget 3,584 each)'} |`).join('\n')}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name) =>
    process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) || undefined;
  const result = await measureBytesPerFeature({
    baseline: option('baseline') ?? DEFAULT_BASELINE,
    ref: option('ref'),
    log: (line) => console.error(line),
  });
  console.log(bytesPerFeatureSection(result));
}
