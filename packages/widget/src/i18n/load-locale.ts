import type { Translation } from './translation.js';

/**
 * Loads a built-in translation. Bundlers split each into its own chunk, fetched only on a page
 * that needs it. The script-tag build replaces this module with `load-locale.script.ts`.
 */
export const BUILT_IN_LOCALES = {
  uk: () => import('./uk.js').then((module) => module.uk),
  ru: () => import('./ru.js').then((module) => module.ru),
  tr: () => import('./tr.js').then((module) => module.tr),
  ar: () => import('./ar.js').then((module) => module.ar),
} satisfies Record<string, () => Promise<Translation>>;
