import manifest from '@parley/widget/custom-elements.json';

/** One attribute of `<parley-timeline>` as its custom-elements.json describes it. */
export interface ManifestAttribute {
  readonly name: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
  readonly default?: string;
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly ManifestAttribute[];
  readonly cssProperties?: readonly { readonly name: string; readonly description?: string }[];
  readonly cssParts?: readonly { readonly name: string; readonly description?: string }[];
  readonly events?: readonly { readonly name: string; readonly description?: string }[];
}

const declaration = (manifest.modules as readonly { declarations?: readonly ManifestDeclaration[] }[])
  .flatMap((module) => module.declarations ?? [])
  .find((each) => each.tagName === 'parley-timeline');
if (!declaration) throw new Error('custom-elements.json has no <parley-timeline>: rebuild @parley/widget.');

/** The card's public API, read from the manifest the widget build generates from its JSDoc. */
export const cardApi = {
  attributes: declaration.attributes ?? [],
  cssProperties: declaration.cssProperties ?? [],
  cssParts: declaration.cssParts ?? [],
  events: declaration.events ?? [],
};

/** The string literals of a type such as `'light' | 'dark' | undefined`, or none for other types. */
export function literalOptions(type: string | undefined): string[] {
  const members = (type ?? '').split('|').map((member) => member.trim());
  const literals = members.filter((member) => /^'[^']*'$/.test(member)).map((member) => member.slice(1, -1));
  return literals.length > 0 &&
    literals.length + members.filter((m) => m === 'undefined').length === members.length
    ? literals
    : [];
}
