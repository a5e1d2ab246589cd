// custom-elements.json is the element's API for editors and Storybook: it must say everything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './helpers.js';

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
  expect(element.attributes?.map((attribute) => attribute.name)).toEqual(['src', 'timeout', 'max-bytes']);
  const publicFields = element.members
    ?.filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public')
    .map((m) => m.name);
  expect(publicFields).toEqual(expect.arrayContaining(['timeline', 'src', 'timeout', 'maxBytes']));
});

test('documents the events, parts and custom properties the styles and code use', () => {
  expect(element.events).toEqual([
    expect.objectContaining({ name: 'parley-error', description: expect.any(String) }),
  ]);
  // Parts are API: every part a template sets must be documented.
  const parts = element.cssParts?.map((part) => part.name) ?? [];
  const templates = [
    'parley-timeline.ts',
    ...readdirSync(join(repoRoot, 'packages/widget/src/render')).map((f) => `render/${f}`),
  ]
    .map((file) => readFileSync(join(repoRoot, 'packages/widget/src', file), 'utf8'))
    .join('\n');
  const used = [...templates.matchAll(/part="([^"]+)"/g)]
    .flatMap((match) => match[1]!.split(/\s+/))
    .filter((token) => !token.includes('$'));
  expect(used.length).toBeGreaterThan(20);
  expect([...new Set(used)].filter((part) => !parts.includes(part))).toEqual([]);
  const properties = element.cssProperties?.map((property) => property.name) ?? [];
  const styles = readFileSync(join(repoRoot, 'packages/widget/src/parley-timeline.styles.ts'), 'utf8');
  const declared = [...styles.matchAll(/(--parley-[a-z-]+):/g)].map((match) => match[1]);
  expect([...new Set(declared)].sort()).toEqual([...properties].sort());
});
