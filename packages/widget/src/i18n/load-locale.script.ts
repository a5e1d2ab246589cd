import type { Translation } from './translation.js';

/**
 * The script tag's translations: `parley-timeline.<lang>.js` files beside `parley-timeline.js`,
 * imported only on a page that needs one. `import()` is not a Trusted Types sink, and a
 * same-origin file passes `script-src 'self'`, so this works under the strictest policy.
 */
const base =
  (document.currentScript as HTMLScriptElement | null)?.src ??
  // Loaded as a module script, which has no currentScript: find it by name.
  document.querySelector<HTMLScriptElement>('script[src*="parley-timeline"]')?.src;

function load(lang: 'uk' | 'ru' | 'tr' | 'ar'): Promise<Translation> {
  if (!base) return Promise.reject(new Error('cannot tell where parley-timeline.js was loaded from'));
  return import(new URL(`parley-timeline.${lang}.js`, base).href).then(
    (module: Record<string, Translation>) => module[lang]!,
  );
}

export const BUILT_IN_LOCALES = {
  uk: () => load('uk'),
  ru: () => load('ru'),
  tr: () => load('tr'),
  ar: () => load('ar'),
};
