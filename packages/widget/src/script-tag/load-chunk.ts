/**
 * The script tag's on-demand files (`parley-timeline.<name>.js`: translations, event details)
 * sit beside `parley-timeline.js` and are imported only when a page needs one. `import()` is not
 * a Trusted Types sink, and a same-origin file passes `script-src 'self'`, so this works under
 * the strictest policy.
 */
const base =
  (document.currentScript as HTMLScriptElement | null)?.src ??
  // Loaded as a module script, which has no currentScript: find it by name.
  document.querySelector<HTMLScriptElement>('script[src*="parley-timeline"]')?.src;

export function loadChunk<Module>(name: string): Promise<Module> {
  if (!base) return Promise.reject(new Error('cannot tell where parley-timeline.js was loaded from'));
  return import(new URL(`parley-timeline.${name}.js`, base).href) as Promise<Module>;
}
