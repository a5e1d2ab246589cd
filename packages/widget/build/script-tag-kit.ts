import type { Plugin } from 'esbuild';

/**
 * What `src/render/load-event-body.script.ts` puts in the kit, by the module it comes from. An
 * on-demand file that imports another name from these modules fails to build with "No matching
 * export in script-tag-kit:…": add the name here and to the kit in that file.
 */
const KIT: Record<string, string[]> = {
  lit: ['html', 'nothing'],
  'context.js': ['heading', 'names', 'time', 'word', 'eventAnchor'],
  'intl-cache.js': ['formatList', 'formatNumber', 'formatUnit'],
  'safe-url.js': ['safeHttpUrl'],
};

const kitModule = (path: string): string | undefined =>
  path === 'lit' ? 'lit' : Object.keys(KIT).find((name) => name !== 'lit' && path.endsWith(`/${name}`));

/**
 * Builds an on-demand file of the script tag (`parley-timeline.details.js`) without its own copy
 * of Lit and of the helpers it shares with the card: imports of those modules read the kit that
 * the script tag leaves under `Symbol.for('parley.script-tag-kit')` before importing the file.
 * A second Lit would cost bytes and try to create the 'lit-html' Trusted Types policy again.
 */
export const scriptTagKitPlugin: Plugin = {
  name: 'script-tag-kit',
  setup(build) {
    build.onResolve({ filter: /^lit$|\/(context|intl-cache|safe-url)\.js$/ }, ({ path }) => {
      const module = kitModule(path);
      return module ? { path: module, namespace: 'script-tag-kit' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'script-tag-kit' }, ({ path }) => ({
      contents: `export const { ${KIT[path]!.join(', ')} } = globalThis[Symbol.for('parley.script-tag-kit')];`,
      loader: 'js',
    }));
  },
};
