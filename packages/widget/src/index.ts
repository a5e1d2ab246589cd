export { ParleyTimeline } from './parley-timeline.js';
export { ParleyErrorEvent } from './events.js';
