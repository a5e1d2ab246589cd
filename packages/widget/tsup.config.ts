import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { compactTemplatesPlugin } from './build/compact-templates.js';
import { scriptTagKitPlugin } from './build/script-tag-kit.js';

/**
 * Parts of core the card never uses, replaced in the script tag by what they return when there is
 * nothing to say. Core's npm build keeps them.
 */
const SCRIPT_TAG_STUBS: Record<string, string> = {
  // Why a date is impossible, in English: the card only needs to know that a date failed;
  // parley-timeline.messages.js words the error state, dates included.
  'date-failure-words': 'export const _dateFailureMessage = () => undefined;',
  // Warnings about a valid timeline (events outside its period, uncited events): the card shows
  // every valid event and reports no warnings, so finding them only cost bytes and a pass over
  // the events (161 bytes gzip).
  'event-warnings': 'export const eventWarnings = () => [];',
};

/**
 * The script tag loads its translations, event details and `src` code from files beside it, not from
 * bundler chunks: each `load-*.js` module has a `load-*.script.ts` twin for the script tag. It also
 * leaves out the parts of core in `SCRIPT_TAG_STUBS`.
 */
const scriptTagLoadersPlugin: Plugin = {
  name: 'script-tag-loaders',
  setup(build) {
    const stubbed = new RegExp(`/(${Object.keys(SCRIPT_TAG_STUBS).join('|')})\\.js$`);
    build.onResolve({ filter: stubbed }, ({ path }) => ({
      path: stubbed.exec(path)![1]!,
      namespace: 'script-tag-stub',
    }));
    build.onLoad({ filter: /.*/, namespace: 'script-tag-stub' }, ({ path }) => ({
      contents: SCRIPT_TAG_STUBS[path]!,
      loader: 'js',
    }));
    build.onResolve(
      { filter: /\/load-(locale|event-body|remote-source|issue-words|json-reader)\.js$/ },
      ({ path, resolveDir }) => ({
        path: join(resolveDir, path.replace(/\.js$/, '.script.ts')),
      }),
    );
  },
};

/**
 * Terser settings for what readers download: about 5% tighter than esbuild's minifier. A fresh
 * object per build: terser writes into `compress` (`module: true` for the translations), and a
 * shared object let that leak into the script tag, which lost its 'use strict' wrapper.
 */
const readerMinify = (module: boolean) =>
  ({
    minify: 'terser',
    terserOptions: {
      ecma: 2020,
      module,
      compress: { passes: 2, module },
      format: { comments: /^! @parley/ },
    },
  }) as const;

/**
 * Files the script tag imports beside itself on demand: one self-contained ES module per entry,
 * minified for readers, nothing shared between them.
 */
const onDemandModules = (entry: Record<string, string>): Options => ({
  entry,
  format: ['esm'],
  noExternal: [/.*/],
  platform: 'browser',
  splitting: false,
  ...readerMinify(true),
  target: 'es2022',
  outExtension: () => ({ js: '.js' }),
});

/**
 * The licence of the code bundled into the script tag (Lit's BSD-3-Clause, one text for its four
 * packages), shipped beside it and named in its first line instead of repeated inside it.
 */
async function writeBundledLicenses(): Promise<void> {
  // `lit` resolves to its package root's index.js; its LICENSE is not in its exports map.
  const lit = await readFile(join(dirname(createRequire(import.meta.url).resolve('lit')), 'LICENSE'), 'utf8');
  await writeFile(
    'dist/parley-timeline.js.LICENSE.txt',
    `parley-timeline.js bundles Lit (lit, lit-html, lit-element, @lit/reactive-element):\n\n${lit.trimEnd()}\n`,
  );
}

// The side-effect entries export nothing; their declarations only pull in the main entry's,
// which carry the HTMLElementTagNameMap entry. One copy of the class types keeps them compatible.
const SIDE_EFFECT_TYPES =
  "// Registers <parley-timeline>; the types live in the main entry.\nimport './index.js';\nexport {};\n";

export default defineConfig([
  {
    // For bundlers: lit and @parley/core stay external and shared with the rest of the app.
    entry: ['src/index.ts', 'src/define.ts'],
    format: ['esm'],
    // Apps render the same templates: fewer whitespace nodes per event for them too.
    esbuildPlugins: [compactTemplatesPlugin],
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    target: 'es2022',
    onSuccess: () => writeFile('dist/define.d.ts', SIDE_EFFECT_TYPES),
  },
  {
    // For a <script> tag: one self-registering file with everything inside.
    entry: { 'parley-timeline': 'src/bundle.ts' },
    format: ['iife'],
    noExternal: [/.*/],
    // Browser builds of every dependency (Lit's default export condition is its Node build).
    platform: 'browser',
    // Lit templates keep their source indentation unless something removes it; readers download it.
    esbuildPlugins: [compactTemplatesPlugin, scriptTagLoadersPlugin],
    ...readerMinify(false),
    sourcemap: true,
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
    // A page may include the script twice. The second copy must not run at all: its Lit would
    // try to create the 'lit-html' Trusted Types policy again, which a strict CSP refuses.
    // The wrapper keeps strict mode, as classic and module scripts alike; bundle.ts publishes `Parley`.
    banner: {
      js: "/*! @parley/widget (MIT); bundles Lit (BSD-3-Clause): see parley-timeline.js.LICENSE.txt */\n(function () {\n'use strict';\nif (typeof customElements !== 'undefined' && customElements.get('parley-timeline')) return;",
    },
    footer: { js: '})();' },
    onSuccess: writeBundledLicenses,
  },
  {
    // The script tag's translations, one small ES module each, imported only where a page needs one.
    ...onDemandModules({
      'parley-timeline.uk': 'src/i18n/uk.ts',
      'parley-timeline.ru': 'src/i18n/ru.ts',
      'parley-timeline.tr': 'src/i18n/tr.ts',
      'parley-timeline.ar': 'src/i18n/ar.ts',
    }),
  },
  {
    // The script tag's parts loaded on demand: event details (what an event shows once opened),
    // and the code that loads `src` and refreshes it.
    ...onDemandModules({
      'parley-timeline.details': 'src/render/event-body.ts',
      'parley-timeline.remote': 'src/controllers/remote-source.ts',
    }),
    esbuildPlugins: [compactTemplatesPlugin, scriptTagKitPlugin],
  },
  {
    // The words for issues, loaded by the script tag only when a card has problems to show: core's
    // English locale, and beside it for a card in Ukrainian, Russian or Turkish core's locale for
    // that language. Plain code with no Lit, so it needs nothing from the kit (whose `context.js`
    // would also catch core's module of that name).
    ...onDemandModules({
      'parley-timeline.messages': 'src/controllers/issue-words.ts',
      'parley-timeline.messages.uk': 'src/controllers/issue-locales/uk.ts',
      'parley-timeline.messages.ru': 'src/controllers/issue-locales/ru.ts',
      'parley-timeline.messages.tr': 'src/controllers/issue-locales/tr.ts',
    }),
  },
]);
