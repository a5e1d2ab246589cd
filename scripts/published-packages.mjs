// The packages we publish to npm, and how their types must resolve.
export const publishedPackages = [
  // ESM + CJS: must work for every resolution mode.
  { name: '@parley/core', dir: 'packages/core', attwProfile: 'strict' },
  // ESM only (custom elements run in browsers, which load ES modules): CJS resolution is not offered.
  { name: '@parley/widget', dir: 'packages/widget', attwProfile: 'esm-only' },
  // ESM only: the `parley` command runs on Node, which loads ES modules.
  { name: '@parley/cli', dir: 'packages/cli', attwProfile: 'esm-only' },
];
