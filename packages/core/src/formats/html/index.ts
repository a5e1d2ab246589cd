// @parley/core/html: a timeline as static, script-free HTML (the card's fallback content, AMP,
// RSS, print), and the escaping that goes with it. A separate entry point, so pages that only
// show a timeline never load it.
export {
  renderTimelineHtml,
  TIMELINE_HTML_LABELS_EN,
  type RenderTimelineHtmlOptions,
  type TimelineHtmlLabels,
} from './render-timeline-html.js';
export { escapeHtml } from './escape-html.js';
export { stringifyJsonForScript } from './stringify-json-for-script.js';
