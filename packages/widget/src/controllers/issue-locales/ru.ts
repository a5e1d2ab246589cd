// The script tag's parley-timeline.messages.ru.js: core's ru locale, which words the issues on a
// card in that language (with parley-timeline.messages.js, which has the English for what it lacks).
export { ru as locale } from '@parley/core/locales/ru';
