// `npm run release -- --dry-run` must show exactly what npm users will download.
import { beforeAll, describe, expect, test } from 'vitest';
import { repoRoot, runOk } from './helpers.js';

type Contents = Record<string, { version: string; files: string[] }>;
let contents: Contents;

beforeAll(async () => {
  const { stdout } = await runOk('node', ['scripts/release.mjs', '--dry-run'], repoRoot);
  contents = JSON.parse(stdout.slice(stdout.indexOf('{\n'))) as Contents;
});

const notSource = (file: string) =>
  !/^(src|test|tests)\/|\.test\.|tsconfig|tsup\.config|vitest\.config/.test(file);

/** What each tarball must hold, beside package.json, README.md and LICENSE. */
const expected: [name: string, what: string, files: string[]][] = [
  [
    '@parley/core',
    'ESM, CJS, both kinds of types, the example and the JSON Schema',
    [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'examples/istanbul-2025-06-02.json',
      'examples/istanbul-2025-06-02.yaml',
      'dist/formats/yaml/index.js',
      'dist/formats/yaml/index.cjs',
      'dist/formats/parse/index.js',
      'schema.json',
    ],
  ],
  [
    '@parley/widget',
    'the ESM entries, the script-tag bundle and the elements manifest',
    [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/define.d.ts',
      'dist/parley-timeline.js',
      'custom-elements.json',
    ],
  ],
  ['@parley/cli', 'the parley bin and its ESM entry', ['dist/main.js', 'dist/index.js', 'dist/index.d.ts']],
];

describe('the release dry run', () => {
  test.each(expected)('publishes %s with %s, and no sources or tests', (name, _, required) => {
    const files = contents[name]!.files;
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', ...required]));
    expect(files.filter((file) => !notSource(file))).toEqual([]);
  });
});
