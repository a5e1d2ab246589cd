export { EventSchema, type Event } from './schemas/event.js';
export { TimelineSchema, type Timeline } from './schemas/timeline.js';
export { parseTimeline, safeParseTimeline, type SafeParseTimelineResult } from './parse/parse-timeline.js';
export type { ParleyIssue, ParleyIssueCode } from './errors/issue.js';
export { formatParleyDate } from './dates/format-parley-date.js';
export { ParleyValidationError } from './errors/parley-validation-error.js';
export { formatIssue, formatIssues, toDotPath } from './errors/format.js';
