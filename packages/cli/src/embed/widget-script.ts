import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Where the script tag can be loaded from, pinned to one version of @parley/widget. */
export const CDNS = {
  jsdelivr: (version: string) =>
    `https://cdn.jsdelivr.net/npm/@parley/widget@${version}/dist/parley-timeline.js`,
  unpkg: (version: string) => `https://unpkg.com/@parley/widget@${version}/dist/parley-timeline.js`,
} as const;
export type Cdn = keyof typeof CDNS;

/** The script tag a snippet loads: its pinned URL and Subresource Integrity value. */
export interface WidgetScript {
  readonly version: string;
  readonly url: string;
  /** `sha384-` and the base64 SHA-384 digest of the file. */
  readonly integrity: string;
}

/**
 * The script tag of the @parley/widget installed beside this command (a dependency of
 * @parley/cli). Its version pins the CDN URL, and the integrity is computed from its own
 * dist/parley-timeline.js at run time: the CDNs serve the files of the published npm package
 * byte for byte, so the hash of the installed file is the hash of the file the URL serves.
 * Computing it here rather than at build time keeps the two from ever disagreeing, whichever
 * widget version npm installed within the dependency's range.
 */
export async function widgetScript(cdn: Cdn): Promise<WidgetScript> {
  const require = createRequire(import.meta.url);
  const { version } = require('@parley/widget/package.json') as { version: string };
  const file = await readFile(require.resolve('@parley/widget/parley-timeline.js'));
  const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  return { version, url: CDNS[cdn](version), integrity };
}
