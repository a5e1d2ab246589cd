// The script-tag build: everything in one file that registers <parley-timeline> when loaded.
import { ParleyTimeline } from './parley-timeline.js';
import { ParleyErrorEvent } from './events.js';

ParleyTimeline.define();

declare global {
  // The classes, for pages that use the script tag and want to subclass or listen by type.
  var Parley: { ParleyTimeline: typeof ParleyTimeline; ParleyErrorEvent: typeof ParleyErrorEvent };
}
globalThis.Parley = { ParleyTimeline, ParleyErrorEvent };
