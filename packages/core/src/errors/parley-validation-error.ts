import type { ParleyIssue } from './issue.js';
import { formatIssues } from './format.js';

/**
 * Thrown by `parseTimeline` when the input is not a valid timeline.
 *
 * Hint: `error.issues` lists every problem; use `safeParseTimeline` to get them without a throw.
 */
export class ParleyValidationError extends Error {
  override name = 'ParleyValidationError';
  /** Every problem found, in document order; never empty. */
  readonly issues: readonly [ParleyIssue, ...ParleyIssue[]];

  constructor(issues: readonly [ParleyIssue, ...ParleyIssue[]]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}
