// The script tag's parley-timeline.messages.uk.js: core's uk locale, which words the issues on a
// card in that language (with parley-timeline.messages.js, which has the English for what it lacks).
export { uk as locale } from '@parley/core/locales/uk';
