/**
 * Stable codes for every problem Parley reports, one per kind of problem. Each has an anchor in
 * docs/errors.md (a test checks that page against this list). New codes may be added in minor
 * versions; a change to one is listed in the changelog with a migration note.
 */
export const ISSUE_CODES = [
  // The text itself (parseTimelineJson)
  'syntax',
  'duplicate_key',
  'forbidden_key',
  'too_deep',
  // Shape (the zod schemas)
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'invalid_date',
  'invalid_url',
  'invalid_country',
  'invalid_range',
  'forbidden_character',
  'unrecognized_key',
  'unknown_type',
  'too_small',
  'too_big',
  'missing_name',
  'missing_claimant',
  'missing_words',
  'missing_figure',
  'invalid_key',
  // Integrity (ids and references)
  'duplicate_id',
  'unresolved_reference',
  'wrong_reference_kind',
  // Reporting
  'unreadable',
  'too_many_issues',
] as const;

export type ParleyIssueCode = (typeof ISSUE_CODES)[number];

/** Codes of warnings: legal but suspicious data, reported beside a successful parse. */
export const WARNING_CODES = ['outside_period', 'unreferenced', 'uncited'] as const;

export type ParleyWarningCode = (typeof WARNING_CODES)[number];

/** One problem found in a timeline document. */
export interface ParleyIssue<Code extends string = ParleyIssueCode> {
  /** Stable machine-readable code, e.g. `invalid_type`. */
  readonly code: Code;
  /** A sentence saying what is wrong, what was expected and what was received; never the location. */
  readonly message: string;
  /** Where in the document, as keys and indexes, e.g. `['events', 2, 'date']`. */
  readonly path: readonly (string | number)[];
  /** A suggestion for fixing it, e.g. "Did you mean `summary`?". */
  readonly hint?: string;
  /** 1-based line in the source text, when the input was text. */
  readonly line?: number;
  /** 1-based column in the source text, when the input was text. */
  readonly column?: number;
  /** `[start, end)` UTF-16 offsets of what the issue is about in the source text, when the input was text. */
  readonly range?: readonly [start: number, end: number];
}

/** Legal but suspicious data, such as an event outside the timeline's period. */
export type ParleyWarning = ParleyIssue<ParleyWarningCode>;
