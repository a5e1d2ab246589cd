// @parley/core/csv: timelines from spreadsheets, as CSV. A separate entry point, so pages that
// only show a timeline never load a CSV parser.
export {
  parseTimelineCsv,
  safeParseTimelineCsv,
  CSV_SECTIONS,
  SECTION_COLUMN,
} from './parse-timeline-csv.js';
export { stringifyTimelineCsv } from './stringify-timeline-csv.js';
