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

describe('the release dry run', () => {
  test('publishes @parley/core with ESM, CJS, both kinds of types and the example', () => {
    const files = contents['@parley/core']!.files;
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'examples/istanbul-2025-06-02.json',
        'schema.json',
      ]),
    );
    expect(files.filter((file) => !notSource(file))).toEqual([]);
  });

  test('publishes @parley/widget with the ESM entries and the script-tag bundle', () => {
    const files = contents['@parley/widget']!.files;
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/define.js',
        'dist/define.d.ts',
        'dist/parley-timeline.js',
        'custom-elements.json',
      ]),
    );
    expect(files.filter((file) => !notSource(file))).toEqual([]);
  });
});
