/**
 * Everything a card needs only when its data comes from `src`: the careful loader, the live
 * refresh schedule, the comparison of versions and keeping the reader's place through one. The
 * script tag loads this from `parley-timeline.remote.js`, so a page with inline data never
 * downloads it.
 */
export { loadTimelineText } from './load-timeline-text.js';
export { RefreshSchedule } from './refresh-schedule.js';
export { diffTimelines } from '../model/timeline-diff.js';
export { keepReadingPlace } from './reading-place.js';
