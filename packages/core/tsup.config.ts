import { defineConfig } from 'tsup';

/** The library's modules; code generation and tests stay out of the package. */
const MODULES = ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/codegen/**'];

export default defineConfig([
  {
    // ESM, one file per module: with "sideEffects": false a bundler keeps only what an app
    // imports. The widget's script tag, which parses but never builds a schema, leaves zod and
    // every field description out this way.
    entry: MODULES,
    format: ['esm'],
    bundle: false,
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // CommonJS, one file: require() has no tree-shaking to help.
    entry: ['src/index.ts'],
    format: ['cjs'],
    sourcemap: true,
    target: 'es2022',
  },
  {
    // Declarations for both: index.d.ts and index.d.cts.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { only: true },
  },
]);
