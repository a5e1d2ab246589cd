import type { ParleyIssueData, ParleyWarningCode, _IssueData } from '../errors/issue.js';
import type { Timeline } from '../schemas/timeline.js';
import { eventWarnings } from './event-warnings.js';
import { References } from './references.js';
import { validateTimelineShape } from './validate-timeline.generated.js';
import { TooManyValues, ValidationRun } from './validation-run.js';

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
  try {
    const references = new References(input, maxValues);
    const run = new ValidationRun(maxValues, references);
    validateTimelineShape(input, run, undefined);
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
