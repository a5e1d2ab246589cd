export { ParleyTimeline, type TimelineIssue } from './parley-timeline.js';
export type { LoadIssueCode } from './load-timeline-text.js';
export { ParleyErrorEvent } from './events.js';
