import type { Timeline } from '../schemas/timeline.js';
import type { ParleyWarning, ParleyWarningCode, _IssueData } from '../errors/issue.js';
import type { ParleyLocale } from '../errors/locale.js';
import { localizeIssues } from '../errors/localize-issue.js';
import { ParleyValidationError } from '../errors/parley-validation-error.js';
import {
  _validateTimeline,
  _validateTimelineInSteps,
  type _Validation,
} from '../validation/validate-timeline.js';
import { _resolveOptions, type ParseOptions } from './options.js';

/** The result of `safeParseTimeline`: the valid timeline, or the error with every issue. */
export type SafeParseTimelineResult =
  | { readonly success: true; readonly data: Timeline; readonly warnings: readonly ParleyWarning[] }
  | {
      readonly success: false;
      readonly error: ParleyValidationError;
      readonly warnings: readonly ParleyWarning[];
    };

/**
 * @internal The result of a parse before its issues are worded: the same union as
 * `SafeParseTimelineResult`, with each issue's data and place but no message. For
 * @parley/widget, whose script tag loads the words only when it has issues to show; it may
 * change in any release.
 */
export type _CheckedTimeline =
  | {
      readonly success: true;
      readonly data: Timeline;
      readonly warnings: readonly _IssueData<ParleyWarningCode>[];
    }
  | {
      readonly success: false;
      readonly issues: readonly [_IssueData, ..._IssueData[]];
      readonly warnings: readonly _IssueData<ParleyWarningCode>[];
    };

/** Keeps the first `maxIssues` issues and says how many more there were. */
function cap(issues: _IssueData[], maxIssues: number): _IssueData[] {
  if (issues.length <= maxIssues) return issues;
  // With room for one issue only, the first problem says more than a count would.
  if (maxIssues === 1) return issues.slice(0, 1);
  const kept = issues.slice(0, maxIssues - 1);
  return [
    ...kept,
    { code: 'too_many_issues', path: [], received: issues.length - kept.length, limit: maxIssues },
  ];
}

/** Caps what validation found into the unworded result; shared by every parser. */
export function _toChecked(collected: _Validation, maxIssues: number): _CheckedTimeline {
  const [first, ...rest] = cap(collected.issues, maxIssues);
  const { warnings } = collected;
  if (first) return { success: false, issues: [first, ...rest], warnings };
  // Validation returns data whenever it returns no issues.
  return { success: true, data: collected.data as Timeline, warnings };
}

/**
 * @internal Words an unworded result in `locale` (English unless given): the result the parse
 * functions return.
 */
export function _localizeResult(checked: _CheckedTimeline, locale?: ParleyLocale): SafeParseTimelineResult {
  const warnings = localizeIssues(checked.warnings, locale);
  if (checked.success) return { success: true, data: checked.data, warnings };
  const [first, ...rest] = localizeIssues(checked.issues, locale);
  return { success: false, error: new ParleyValidationError([first!, ...rest]), warnings };
}

/** Builds the result union from collected issues, worded; shared by the object and the text parsers. */
export function _toResult(
  collected: _Validation,
  maxIssues: number,
  locale?: ParleyLocale,
): SafeParseTimelineResult {
  return _localizeResult(_toChecked(collected, maxIssues), locale);
}

/**
 * @internal Validates like `safeParseTimeline`, but leaves the issues unworded (no `message` or
 * `hint`): for @parley/widget; word them with `localizeIssues`.
 */
export function _checkTimeline(input: unknown, options?: ParseOptions): _CheckedTimeline {
  const limits = _resolveOptions(options);
  return _toChecked(_validateTimeline(input, limits.maxValues), limits.maxIssues);
}

/**
 * @internal `_checkTimeline` in steps (see `_validateTimelineInSteps`): for @parley/widget, which
 * runs each step in a task of its own so that a long timeline never freezes the page.
 */
export function* _checkTimelineInSteps(
  input: unknown,
  itemsPerStep: number,
  options?: ParseOptions,
): Generator<void, _CheckedTimeline, void> {
  const limits = _resolveOptions(options);
  return _toChecked(yield* _validateTimelineInSteps(input, limits.maxValues, itemsPerStep), limits.maxIssues);
}

/**
 * Validates a timeline document and never throws.
 *
 * Hint: for JSON text use `safeParseTimelineJson`, which also reports line and column;
 * use `parseTimeline` when a throw suits the caller better.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param options - Limits for untrusted input, and the `locale` of the messages; see
 *   `ParseOptions` for the defaults.
 * @returns `{ success: true, data, warnings }` for a valid timeline (`data` is the input itself,
 *   not a copy: treat it as read-only), otherwise
 *   `{ success: false, error, warnings }` where `error.issues` lists every problem with its path
 *   and data, worded in the chosen locale.
 * @example safeParseTimeline({ id: 't', title: 'Talks', events: [] }).success //=> true
 */
export function safeParseTimeline(input: unknown, options?: ParseOptions): SafeParseTimelineResult {
  return _localizeResult(_checkTimeline(input, options), options?.locale);
}

/**
 * Validates a timeline document and returns it typed.
 *
 * Hint: use `safeParseTimeline` to get the issues and warnings without a throw.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param options - Limits for untrusted input, and the `locale` of the messages; see `ParseOptions`.
 * @returns The valid, typed timeline.
 * @throws {ParleyValidationError} With `issues` listing every problem.
 */
export function parseTimeline(input: unknown, options?: ParseOptions): Timeline {
  const result = safeParseTimeline(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
