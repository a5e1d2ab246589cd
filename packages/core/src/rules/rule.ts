import type { ParleyIssueCode } from '../errors/issue.js';

/** A problem a rule found, relative to the value it checked. */
export interface RuleIssue {
  readonly code: ParleyIssueCode;
  readonly message: string;
  /** Where inside the checked value, when not at the value itself (e.g. `['claimant']`). */
  readonly path?: readonly (string | number)[];
  readonly hint?: string;
}

/**
 * A check the shape alone cannot express, such as "a claim needs a claimant". Written once as a
 * plain function: the zod schemas run it through `superRefine`, the generated validator calls it
 * directly, so the two can never disagree.
 */
export type Rule<T> = (value: T, report: (issue: RuleIssue) => void) => void;
