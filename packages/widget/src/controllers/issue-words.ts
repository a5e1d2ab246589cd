import { en, localizeIssues, type _IssueData, type ParleyIssue, type ParleyLocale } from '@parley/core';

/**
 * The strict JSON reader, which the script tag's check of JSON text needs only for a text with
 * issues (to place them) or one `JSON.parse` cannot vouch for: see `load-json-reader.script.ts`.
 */
export { _jsonReading as jsonReading } from '@parley/core';

/**
 * Words the issues of a parse that failed: the messages and hints the error state and
 * `parley-error` carry, in `locale` (one of core's locale modules), English where it has no words
 * and by default. The script tag loads this as `parley-timeline.messages.js`, only when a card has
 * issues to show, so that readers of a valid card never download the words.
 */
export const wordIssues = (issues: readonly _IssueData[], locale: ParleyLocale = en): ParleyIssue[] =>
  localizeIssues(issues, locale);
