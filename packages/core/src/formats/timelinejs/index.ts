// @parley/core/timelinejs: import from and export to Knight Lab's TimelineJS3 JSON. A separate
// entry point, so pages that only show a timeline never load it.
export {
  importTimelineJs,
  type ImportTimelineJsResult,
  type TimelineJsImportWarning,
} from './import-timelinejs.js';
export { exportTimelineJs } from './export-timelinejs.js';
export { htmlToText } from './html-to-text.js';
export type {
  TimelineJsDate,
  TimelineJsDocument,
  TimelineJsEra,
  TimelineJsMedia,
  TimelineJsSlide,
  TimelineJsText,
} from './types.js';
