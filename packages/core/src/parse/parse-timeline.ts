import type { Timeline } from '../schemas/timeline.js';
import type { ParleyIssue, ParleyWarning } from '../errors/issue.js';
import { ParleyValidationError } from '../errors/parley-validation-error.js';
import { _validateTimeline, type _Validation } from '../validation/validate-timeline.js';
import { _resolveOptions, type ParseOptions } from './options.js';

/** The result of `safeParseTimeline`: the valid timeline, or the error with every issue. */
export type SafeParseTimelineResult =
  | { readonly success: true; readonly data: Timeline; readonly warnings: readonly ParleyWarning[] }
  | {
      readonly success: false;
      readonly error: ParleyValidationError;
      readonly warnings: readonly ParleyWarning[];
    };

/** Keeps the first `maxIssues` issues and says how many more there were. */
function cap(issues: ParleyIssue[], maxIssues: number): ParleyIssue[] {
  if (issues.length <= maxIssues) return issues;
  // With room for one issue only, the first problem says more than a count would.
  if (maxIssues === 1) return issues.slice(0, 1);
  const kept = issues.slice(0, maxIssues - 1);
  const more = issues.length - kept.length;
  return [
    ...kept,
    {
      code: 'too_many_issues',
      message: `…and ${more} more issues (the maxIssues limit is ${maxIssues}).`,
      path: [],
    },
  ];
}

/** Builds the result union from collected issues; shared by the object and the text parsers. */
export function _toResult(collected: _Validation, maxIssues: number): SafeParseTimelineResult {
  const [first, ...rest] = cap(collected.issues, maxIssues);
  const { warnings } = collected;
  if (first) return { success: false, error: new ParleyValidationError([first, ...rest]), warnings };
  // Validation returns data whenever it returns no issues.
  return { success: true, data: collected.data as Timeline, warnings };
}

/**
 * Validates a timeline document and never throws.
 *
 * Hint: for JSON text use `safeParseTimelineJson`, which also reports line and column;
 * use `parseTimeline` when a throw suits the caller better.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param options - Limits for untrusted input; see `ParseOptions` for the defaults.
 * @returns `{ success: true, data, warnings }` for a valid timeline (`data` is the input itself,
 *   not a copy: treat it as read-only), otherwise
 *   `{ success: false, error, warnings }` where `error.issues` lists every problem with its path.
 * @example safeParseTimeline({ id: 't', title: 'Talks', events: [] }).success //=> true
 */
export function safeParseTimeline(input: unknown, options?: ParseOptions): SafeParseTimelineResult {
  const limits = _resolveOptions(options);
  return _toResult(_validateTimeline(input, limits.maxValues), limits.maxIssues);
}

/**
 * Validates a timeline document and returns it typed.
 *
 * Hint: use `safeParseTimeline` to get the issues and warnings without a throw.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param options - Limits for untrusted input; see `ParseOptions`.
 * @returns The valid, typed timeline.
 * @throws {ParleyValidationError} With `issues` listing every problem.
 */
export function parseTimeline(input: unknown, options?: ParseOptions): Timeline {
  const result = safeParseTimeline(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
