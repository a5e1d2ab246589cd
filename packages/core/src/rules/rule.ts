import type { ParleyIssueCode, ParleyIssueData } from '../errors/issue.js';

/** A problem a rule found, relative to the value it checked, as data: a locale words it. */
export interface RuleIssue extends Omit<ParleyIssueData<ParleyIssueCode>, 'path'> {
  /** Where inside the checked value, when not at the value itself (e.g. `['claimant']`). */
  readonly path?: readonly (string | number)[];
}

/**
 * A check the shape alone cannot express, such as "a claim needs a claimant". Written once as a
 * plain function: the zod schemas run it through `superRefine`, the generated validator calls it
 * directly, so the two can never disagree.
 */
export type Rule<T> = (value: T, report: (issue: RuleIssue) => void) => void;
