import * as z from 'zod/mini';
import { TimelineSchema, type Timeline } from '../schemas/timeline.js';
import type { ParleyIssue } from '../errors/issue.js';
import { ParleyValidationError } from '../errors/parley-validation-error.js';
import { _fromZodIssue } from '../internal/_from-zod-issue.js';
import { checkIntegrity } from './check-integrity.js';

/** The result of `safeParseTimeline`: the valid timeline, or the error with every issue. */
export type SafeParseTimelineResult =
  | { readonly success: true; readonly data: Timeline }
  | { readonly success: false; readonly error: ParleyValidationError };

function collectIssues(input: unknown): { data?: Timeline; issues: ParleyIssue[] } {
  const result = z.safeParse(TimelineSchema, input, { reportInput: true });
  if (!result.success) return { issues: result.error.issues.flatMap(_fromZodIssue) };
  return { data: result.data, issues: checkIntegrity(result.data) };
}

/**
 * Validates a timeline document and never throws.
 *
 * Hint: use `parseTimeline` when a throw suits the caller better.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @returns `{ success: true, data }` for a valid timeline, otherwise `{ success: false, error }`
 *   where `error.issues` lists every problem with its path.
 * @example safeParseTimeline({ id: 't', title: 'Talks', events: [] }).success //=> true
 */
export function safeParseTimeline(input: unknown): SafeParseTimelineResult {
  const { data, issues } = collectIssues(input);
  const [first, ...rest] = issues;
  if (first) return { success: false, error: new ParleyValidationError([first, ...rest]) };
  // collectIssues returns data whenever it returns no issues.
  return { success: true, data: data as Timeline };
}

/**
 * Validates a timeline document and returns it typed.
 *
 * Hint: use `safeParseTimeline` to get the issues without a throw.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @returns The valid, typed timeline.
 * @throws {ParleyValidationError} With `issues` listing every problem.
 */
export function parseTimeline(input: unknown): Timeline {
  const result = safeParseTimeline(input);
  if (!result.success) throw result.error;
  return result.data;
}
