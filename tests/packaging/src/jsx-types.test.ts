// packages/widget/build/jsx-types.mjs turns custom-elements.json into React 19 JSX types. This
// feeds it a manifest with the kinds of attributes the element is gaining (string unions, an
// aliased type, a hyphenated name) and type-checks TSX against what it writes.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { repoRoot, run, runOk } from './helpers.js';

const generator = join(repoRoot, 'packages/widget/build/jsx-types.mjs');

const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/news-card.ts',
      declarations: [
        {
          kind: 'class',
          name: 'NewsCard',
          tagName: 'news-card',
          customElement: true,
          attributes: [
            { name: 'theme', type: { text: "'light' | 'dark' | 'auto'" }, fieldName: 'theme' },
            {
              name: 'heading-level',
              type: { text: 'HeadingLevel' },
              fieldName: 'headingLevel',
              default: '2',
            },
            { name: 'label', type: { text: 'string | undefined' }, fieldName: 'label' },
            { name: 'legacy', description: 'An attribute with no property behind it.' },
          ],
          members: [
            { kind: 'field', name: 'theme', type: { text: "'light' | 'dark' | 'auto'" }, attribute: 'theme' },
            {
              kind: 'field',
              name: 'headingLevel',
              type: { text: 'HeadingLevel' },
              attribute: 'heading-level',
            },
            { kind: 'field', name: 'label', type: { text: 'string | undefined' }, attribute: 'label' },
            { kind: 'field', name: 'story', type: { text: 'Story' }, description: 'Set as a property only.' },
            { kind: 'field', name: 'version', type: { text: 'string' }, readonly: true },
            { kind: 'field', name: '#secret', privacy: 'private', type: { text: 'string' } },
            { kind: 'field', name: 'internal', privacy: 'protected', type: { text: 'string' } },
            { kind: 'field', name: 'tagName2', static: true, type: { text: 'string' } },
            { kind: 'method', name: 'refresh' },
          ],
          events: [
            { name: 'news-select', description: 'A story was chosen; `event.story` says which.' },
            { name: 'news-undeclared', description: 'Not in GlobalEventHandlersEventMap: a plain Event.' },
          ],
        },
      ],
    },
  ],
};

// The declarations the generated file imports, as tsup would write them for such a package.
const INDEX_D_TS = `
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export interface Story { id: string; title: string }
export declare class NewsCard extends HTMLElement {
  theme: 'light' | 'dark' | 'auto';
  headingLevel: HeadingLevel;
  label: string | undefined;
  story: Story | undefined;
  readonly version: string;
}
export declare class NewsSelectEvent extends Event { readonly story: Story }
declare global {
  interface GlobalEventHandlersEventMap { 'news-select': NewsSelectEvent }
}
`;

let dir: string;
let generated: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-jsx-types-'));
  await writeFile(join(dir, 'custom-elements.json'), JSON.stringify(manifest));
  await runOk('node', [generator, 'custom-elements.json', 'dist'], dir);
  generated = await readFile(join(dir, 'dist/jsx.d.ts'), 'utf8');
  await writeFile(join(dir, 'dist/index.d.ts'), INDEX_D_TS);
  const types = dirname(
    createRequire(join(repoRoot, 'tests/packaging/package.json')).resolve('@types/react/package.json'),
  );
  await mkdir(join(dir, 'node_modules/@types'), { recursive: true });
  await symlink(types, join(dir, 'node_modules/@types/react'), 'dir');
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('copies self-contained types, and types aliases through the class', () => {
  expect(generated).toContain("theme?: 'light' | 'dark' | 'auto' | undefined;");
  expect(generated).toContain('\'heading-level\'?: NewsCard["headingLevel"] | undefined;');
  expect(generated).toContain('story?: NewsCard["story"] | undefined;');
  expect(generated).toContain('legacy?: string | undefined;');
  expect(generated).toContain("'onnews-select'?: ((event: EventOf<'news-select'>) => void) | undefined;");
  expect(generated).toContain('@default 2');
  // Private, protected, static and read-only members and methods are not props.
  expect(generated).not.toMatch(/secret|internal|tagName2|version|refresh/);
});

test('the written types accept what the element takes and refuse the rest', async () => {
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: ['app.tsx'],
    }),
  );
  await writeFile(
    join(dir, 'app.tsx'),
    `import type {} from './dist/jsx.js';
     import type { NewsSelectEvent } from './dist/index.js';

     export const ok = (
       <>
         <news-card theme="dark" heading-level={3} label="Talks" legacy="x" story={{ id: 's', title: 'S' }} />
         <news-card
           onnews-select={(event) => {
             const typed: NewsSelectEvent = event;
             void typed.story.title;
           }}
           onnews-undeclared={(event: Event) => void event.type}
         />
       </>
     );

     export const refused = (
       <>
         {/* @ts-expect-error theme is a union of three strings */}
         <news-card theme="blue" />
         {/* @ts-expect-error heading-level is HeadingLevel, 1 to 6, typed through the class */}
         <news-card heading-level={7} />
         {/* @ts-expect-error story is a Story object */}
         <news-card story="s" />
         {/* @ts-expect-error version is read-only, so not a prop */}
         <news-card version="2" />
         {/* @ts-expect-error news-select listeners get a NewsSelectEvent */}
         <news-card onnews-select={(event: KeyboardEvent) => void event.key} />
       </>
     );
    `,
  );
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = await run('node', [tsc, '-p', 'tsconfig.json'], dir);
  expect(result.stdout + result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
});
