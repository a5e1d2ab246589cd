import type { ParleyIssueData, ParleyWarningCode, _IssueData } from '../errors/issue.js';
import type { Timeline } from '../schemas/timeline.js';
import { eventWarnings } from './event-warnings.js';
import { References } from './references.js';
import { validateTimelineShape } from './validate-timeline.generated.js';
import { TooManyValues, ValidationRun, type DeferredList } from './validation-run.js';

/**
 * What validating a decoded document found, as data not yet worded; `data` is set when its
 * shape is valid.
 */
export interface _Validation {
  data?: Timeline;
  issues: _IssueData[];
  warnings: _IssueData<ParleyWarningCode>[];
}

/**
 * Validates a decoded document in one pass: its shape (generated from the zod schemas), its
 * ids and references, and then the warnings. Reference problems are reported only for a
 * document whose shape is valid; a broken list would otherwise make every reference dangle.
 */
export function _validateTimeline(input: unknown, maxValues: number): _Validation {
  return _finishSteps(_validateTimelineInSteps(input, maxValues, Infinity));
}

/** Runs a validation in steps to its end, at once. */
export function _finishSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `_validateTimeline` in steps, for a caller that runs each in a task of its own (the widget, so
 * that 10,000 events never freeze a page): the first step checks everything but the long
 * top-level lists (the events, in practice), each further one `itemsPerStep` of their items. It
 * pauses only for a list longer than that, so a short document is done in the first step; the result is the same as one pass's,
 * issues in the same order. The document must not change between steps.
 */
export function* _validateTimelineInSteps(
  input: unknown,
  maxValues: number,
  itemsPerStep: number,
): Generator<void, _Validation, void> {
  try {
    const references = new References(input, maxValues);
    const run = new ValidationRun(maxValues, references);
    const lists: DeferredList[] = [];
    run.defer = { above: itemsPerStep, lists };
    validateTimelineShape(input, run, undefined);
    // Each left-over list's issues go back where one pass would have reported them.
    let inserted = 0;
    for (const { item, list, key, at } of lists) {
      const base = at + inserted;
      const after = run.issues.splice(base);
      run.path.push(key);
      for (let index = 0; index < list.length; index++) {
        if (index % itemsPerStep === 0) yield;
        item(list[index], run, index);
      }
      run.path.pop();
      inserted += run.issues.length - base;
      run.issues.push(...after);
    }
    if (run.issues.length > 0) return { issues: run.issues, warnings: [] };
    // The schema has no transforms or defaults, so a valid document is its own parsed value.
    // The warnings read it again, so they stay inside the guard too: a getter may throw on any read.
    const data = input as Timeline;
    return {
      data,
      issues: references.finish(),
      warnings: [...eventWarnings(data), ...references.unreferenced()],
    };
  } catch (error) {
    if (error instanceof TooManyValues)
      return {
        issues: [{ code: 'too_big', path: [], origin: 'document', limit: maxValues }],
        warnings: [],
      };
    // Only a value that is not plain data gets here: a getter that throws, a revoked proxy.
    const issue: ParleyIssueData = { code: 'unreadable', path: [], params: { error: describeError(error) } };
    return { issues: [issue], warnings: [] };
  }
}

/** What was thrown, in words, without calling anything on it that could throw again. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : typeof error;
  } catch {
    return 'an unreadable error';
  }
}
