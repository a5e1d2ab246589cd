import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The package version, for the JSON Schema's versioned `$id` (src/json-schema/version.ts). */
const define = {
  __PARLEY_CORE_VERSION__: JSON.stringify(
    (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
  ),
};

/** The library's modules; code generation and tests stay out of the package. */
const MODULES = [
  'src/**/*.ts',
  '!src/**/*.test.ts',
  '!src/**/*.test-d.ts',
  '!src/**/*.d.ts',
  '!src/codegen/**',
];

/** The package's entry points (see "exports" in package.json): the root and each subpath. */
const ENTRIES = {
  index: 'src/index.ts',
  'formats/parse/index': 'src/formats/parse/index.ts',
  'formats/yaml/index': 'src/formats/yaml/index.ts',
  'formats/csv/index': 'src/formats/csv/index.ts',
  'formats/timelinejs/index': 'src/formats/timelinejs/index.ts',
  'formats/jsonld/index': 'src/formats/jsonld/index.ts',
  'formats/html/index': 'src/formats/html/index.ts',
  // The locales, shaped like zod's locales/: @parley/core/locales/uk and so on (en is also in the root).
  'locales/en': 'src/locales/en.ts',
  'locales/uk': 'src/locales/uk.ts',
  'locales/ru': 'src/locales/ru.ts',
  'locales/tr': 'src/locales/tr.ts',
};

export default defineConfig([
  {
    // ESM, one file per module: with "sideEffects": false a bundler keeps only what an app
    // imports. The widget's script tag, which parses but never builds a schema, leaves zod and
    // every field description out this way.
    entry: MODULES,
    format: ['esm'],
    bundle: false,
    clean: true,
    define,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // CommonJS, one file per entry point: require() has no tree-shaking to help.
    entry: ENTRIES,
    format: ['cjs'],
    define,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // Declarations for both: index.d.ts and index.d.cts, per entry point.
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    dts: { only: true },
  },
]);
