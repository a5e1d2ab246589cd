// The script-tag build: everything in one file that registers <parley-timeline> when loaded.
import { ParleyTimeline } from './parley-timeline.js';

ParleyTimeline.define();

export { ParleyTimeline };
export { ParleyErrorEvent } from './events.js';
