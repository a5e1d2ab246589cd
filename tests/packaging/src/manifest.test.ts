// custom-elements.json is the element's API for editors and Storybook: it must say everything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './helpers.js';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { withApi } from '../../../packages/widget/build/readme-api.mjs';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; description?: string }[];
  members?: { name: string; privacy?: string; kind: string }[];
}

const widget = JSON.parse(readFileSync(join(repoRoot, 'packages/widget/package.json'), 'utf8')) as {
  customElements: string;
};
const manifest = JSON.parse(
  readFileSync(join(repoRoot, 'packages/widget', widget.customElements), 'utf8'),
) as {
  modules: { declarations?: Declaration[] }[];
};
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.customElement)!;

test('names the element and every public attribute and property', () => {
  expect(element.tagName).toBe('parley-timeline');
  expect(element.attributes?.map((attribute) => attribute.name)).toEqual([
    'src',
    'timeout',
    'max-bytes',
    'theme',
    'density',
    'heading-level',
    'order',
    'filters',
    'open',
    'selected',
    'refresh',
  ]);
  const publicFields = element.members
    ?.filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public')
    .map((m) => m.name);
  expect(publicFields).toEqual(
    expect.arrayContaining(['timeline', 'src', 'timeout', 'maxBytes', 'theme', 'density', 'headingLevel']),
  );
});

test('documents the events, parts and custom properties the styles and code use', () => {
  expect(element.events).toEqual(
    ['parley-error', 'parley-select', 'parley-render', 'parley-update'].map((name) =>
      expect.objectContaining({ name, description: expect.any(String) }),
    ),
  );
  // Parts are API: every part a template sets must be documented.
  const parts = element.cssParts?.map((part) => part.name) ?? [];
  const src = join(repoRoot, 'packages/widget/src');
  const templates = [
    'parley-timeline.ts',
    ...readdirSync(join(src, 'render'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `render/${file}`),
  ]
    .map((file) => readFileSync(join(src, file), 'utf8'))
    .join('\n');
  // part="…" in templates, and { part: '…' } given to the heading() helper.
  const used = [...templates.matchAll(/part="([^"]+)"|part: '([^']+)'/g)]
    .flatMap((match) => (match[1] ?? match[2])!.split(/\s+/))
    .filter((token) => !token.includes('$'));
  expect(used.length).toBeGreaterThan(30);
  expect([...new Set(used)].filter((part) => !parts.includes(part))).toEqual([]);
  // Custom properties are read, never declared, so a page's values win (styles/tokens.styles.ts).
  const properties = element.cssProperties?.map((property) => property.name) ?? [];
  const tokens = readFileSync(join(src, 'styles/tokens.styles.ts'), 'utf8');
  const read = [...tokens.matchAll(/var\((--parley-[a-z-]+)/g)].map((match) => match[1]);
  expect([...new Set(read)].sort()).toEqual([...properties].sort());
  expect(tokens).not.toMatch(/^\s*--parley-[a-z-]+:/m);
});

test('the widget README lists every property, event, slot, part and custom property of the manifest', async () => {
  const path = join(repoRoot, 'packages/widget/README.md');
  const readme = readFileSync(path, 'utf8');
  // If this fails, run `node packages/widget/build/readme-api.mjs` and commit the README.
  expect(readme).toBe(await withApi(readme, manifest, path));
  for (const part of element.cssParts ?? []) expect(readme).toContain(`| \`${part.name}\``);
});
