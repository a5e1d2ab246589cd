import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // For bundlers: lit and @parley/core stay external and shared with the rest of the app.
    entry: ['src/index.ts', 'src/define.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // For a <script> tag: one self-registering file with everything inside.
    entry: { 'parley-timeline': 'src/bundle.ts' },
    format: ['iife'],
    globalName: 'Parley',
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
  },
]);
