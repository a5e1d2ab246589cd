import { _stringifyForScript } from '../../internal/_json-for-script.js';
import type { Timeline } from '../../schemas/timeline.js';
import { exportJsonLd, type ExportJsonLdOptions } from './export-jsonld.js';

/**
 * The timeline's schema.org JSON-LD as a `<script type="application/ld+json">` element to inline
 * in a page's HTML. The JSON escapes `<`, `>` and `&` (`\u003c`, …), so no text in the timeline
 * can close the element or open a comment: `</script` never appears in it.
 *
 * Hint: `exportJsonLd` gives the same data as an object, for pages that serialise it themselves.
 *
 * @param timeline - A valid timeline.
 * @param options - As for `exportJsonLd`; `space` indents the JSON (default: none).
 * @returns The element's HTML, ending in a newline.
 * @example jsonLdScript(timeline).startsWith('<script type="application/ld+json">') //=> true
 */
export function jsonLdScript(
  timeline: Timeline,
  options: ExportJsonLdOptions & { space?: number } = {},
): string {
  const { space, ...rest } = options;
  return `<script type="application/ld+json">${_stringifyForScript(exportJsonLd(timeline, rest), space)}</script>\n`;
}
