import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// The side-effect entries export nothing; their declarations only pull in the main entry's,
// which carry the HTMLElementTagNameMap entry. One copy of the class types keeps them compatible.
const SIDE_EFFECT_TYPES =
  "// Registers <parley-timeline>; the types live in the main entry.\nimport './index.js';\nexport {};\n";

export default defineConfig([
  {
    // For bundlers: lit and @parley/core stay external and shared with the rest of the app.
    entry: ['src/index.ts', 'src/define.ts'],
    format: ['esm'],
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    target: 'es2022',
    onSuccess: () => writeFile('dist/define.d.ts', SIDE_EFFECT_TYPES),
  },
  {
    // For a <script> tag: one self-registering file with everything inside.
    entry: { 'parley-timeline': 'src/bundle.ts' },
    format: ['iife'],
    globalName: 'Parley',
    noExternal: [/.*/],
    // Browser builds of every dependency (Lit's default export condition is its Node build).
    platform: 'browser',
    minify: true,
    sourcemap: true,
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
    // A page may include the script twice. The second copy must not run at all: its Lit would
    // try to create the 'lit-html' Trusted Types policy again, which a strict CSP refuses.
    // The wrapper keeps strict mode and still publishes the global `Parley`, as classic and module scripts alike.
    banner: {
      js: "(function () {\n'use strict';\nif (typeof customElements !== 'undefined' && customElements.get('parley-timeline')) return;",
    },
    footer: { js: 'globalThis.Parley = Parley;\n})();' },
  },
]);
