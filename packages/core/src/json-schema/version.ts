declare const __PARLEY_CORE_VERSION__: string | undefined;

/**
 * The version of @parley/core, set at build time by tsup's and vitest's `define`; `latest` when
 * the sources run without either (a plain TypeScript runner), so importing never throws.
 */
export const _PACKAGE_VERSION: string =
  typeof __PARLEY_CORE_VERSION__ === 'string' ? __PARLEY_CORE_VERSION__ : 'latest';
