// @parley/core/parse: the parsers and issue formatters without the zod schemas, for tools that
// validate and start often (the `parley` command, editor save hooks): importing it loads no zod.
export {
  parseTimeline,
  safeParseTimeline,
  type SafeParseTimelineResult,
} from '../../parse/parse-timeline.js';
export { parseTimelineJson, safeParseTimelineJson } from '../../parse/parse-timeline-json.js';
export { DEFAULT_PARSE_OPTIONS, type ParseOptions } from '../../parse/options.js';
export type { Timeline } from '../../schemas/timeline.js';
export type { ParleyIssue, ParleyIssueCode, ParleyWarning, ParleyWarningCode } from '../../errors/issue.js';
export { ParleyValidationError } from '../../errors/parley-validation-error.js';
export { formatCodeFrame, formatIssue, formatIssues, toDotPath } from '../../errors/format.js';
