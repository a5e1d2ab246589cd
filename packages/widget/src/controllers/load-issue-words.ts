import * as words from './issue-words.js';

/**
 * Where the words for issues come from. Bundlers: they are in the bundle, ready at once. The
 * script-tag build replaces this module with `load-issue-words.script.ts`, which imports
 * `parley-timeline.messages.js` on demand.
 */
export const issueWords = (): typeof words | undefined => words;

export const loadIssueWords = (): Promise<typeof words> => Promise.resolve(words);
