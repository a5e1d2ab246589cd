import { escapeHtml, renderTimelineHtml, stringifyJsonForScript } from '@parley/core/html';
import type { Timeline } from '@parley/core/parse';
import type { WidgetScript } from './widget-script.js';

/** The card's attributes a snippet can set, in the order they are written. */
export interface CardAttributes {
  readonly src?: string | undefined;
  readonly theme?: string | undefined;
  readonly lang?: string | undefined;
  readonly density?: string | undefined;
  readonly order?: string | undefined;
  readonly filters?: string | undefined;
  readonly headingLevel?: number | undefined;
}

/** `name="value"` for each attribute given, escaped. */
function attributes(card: CardAttributes): string {
  const pairs: [string, string | number | undefined][] = [
    ['src', card.src],
    ['theme', card.theme],
    ['lang', card.lang],
    ['density', card.density],
    ['order', card.order],
    ['filters', card.filters],
    ['heading-level', card.headingLevel],
  ];
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/** Each line indented by two spaces. */
const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');

/**
 * The copy-paste snippet for a page: the pinned script tag with its `integrity`, then the card
 * with its attributes, its data (inline in a child `<script type="application/json">` whose
 * JSON cannot be closed early, or by `src`) and the timeline as static HTML inside it, which
 * readers see until the card upgrades (and always without JavaScript).
 */
export function embedSnippet(timeline: Timeline, script: WidgetScript, card: CardAttributes): string {
  const data = card.src
    ? ''
    : `  <script type="application/json">\n${indent(indent(stringifyJsonForScript(timeline, 2)))}\n  </script>\n`;
  // In the timeline's own language, like its data: `lang` sets the card's words, not the data's.
  const fallback = indent(
    renderTimelineHtml(timeline, card.headingLevel === undefined ? {} : { headingLevel: card.headingLevel }),
  );
  return (
    `<script src="${escapeHtml(script.url)}"\n  integrity="${script.integrity}"\n  crossorigin="anonymous"></script>\n` +
    `<parley-timeline${attributes(card)}>\n${data}${fallback}</parley-timeline>\n`
  );
}
