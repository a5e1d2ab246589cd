import { en, localizeIssues, type _IssueData, type ParleyIssue } from '@parley/core';

/**
 * Words the issues of a parse that failed, in English: the messages and hints the error state
 * and `parley-error` carry. The script tag loads this as `parley-timeline.messages.js`, only when
 * a card has issues to show, so that readers of a valid card never download the words.
 */
export const wordIssues = (issues: readonly _IssueData[]): ParleyIssue[] => localizeIssues(issues, en);
