// The script tag's parley-timeline.messages.tr.js: core's tr locale, which words the issues on a
// card in that language (with parley-timeline.messages.js, which has the English for what it lacks).
export { tr as locale } from '@parley/core/locales/tr';
