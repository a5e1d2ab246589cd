export { ParleyTimeline } from './parley-timeline.js';
export type { TimelineIssue } from './controllers/timeline-source.js';
export type { LoadIssueCode } from './controllers/load-timeline-text.js';
export type { Translation, DataWord, DetailLabels } from './i18n/translation.js';
export { en as englishTranslation } from './i18n/en.js';
export { ParleyErrorEvent } from './events/parley-error-event.js';
export { ParleySelectEvent, type ParleySelectDetail } from './events/parley-select-event.js';
export { ParleyRenderEvent, type ParleyRenderDetail } from './events/parley-render-event.js';
export type { TimelineOrder } from './model/timeline-filter.js';
