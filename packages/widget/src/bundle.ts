// The script-tag build: everything in one file that registers <parley-timeline> when loaded.
import { ParleyTimeline } from './parley-timeline.js';
import { ParleyErrorEvent } from './events/parley-error-event.js';
import { ParleyRenderEvent } from './events/parley-render-event.js';
import { ParleySelectEvent } from './events/parley-select-event.js';
import { en } from './i18n/en.js';

ParleyTimeline.define();

declare global {
  // The classes, for pages that use the script tag and want to subclass or listen by type, and
  // the English strings, to copy when adding a language with `ParleyTimeline.addLocale` (without
  // `detail`, the words of opened events, which come with parley-timeline.details.js).
  var Parley: {
    ParleyTimeline: typeof ParleyTimeline;
    ParleyErrorEvent: typeof ParleyErrorEvent;
    ParleySelectEvent: typeof ParleySelectEvent;
    ParleyRenderEvent: typeof ParleyRenderEvent;
    englishTranslation: typeof en;
  };
}
globalThis.Parley = {
  ParleyTimeline,
  ParleyErrorEvent,
  ParleySelectEvent,
  ParleyRenderEvent,
  englishTranslation: en,
};
