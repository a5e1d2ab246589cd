/**
 * Stable codes for every problem Parley reports. Each has an anchor in docs/errors.md.
 * Codes are never renamed; new ones may be added in minor versions.
 */
export type ParleyIssueCode =
  // The text itself (parseTimelineJson)
  | 'syntax'
  | 'duplicate_key'
  | 'forbidden_key'
  | 'too_deep'
  | 'too_large'
  // Shape (the zod schemas)
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_date'
  | 'invalid_url'
  | 'invalid_country'
  | 'invalid_range'
  | 'forbidden_character'
  | 'unrecognized_key'
  | 'unknown_type'
  | 'too_small'
  | 'too_big'
  | 'missing_name'
  | 'missing_claimant'
  | 'missing_words'
  | 'missing_figure'
  | 'invalid_key'
  // Integrity (ids and references)
  | 'duplicate_id'
  | 'unresolved_reference'
  | 'wrong_reference_kind'
  // Reporting
  | 'too_many_issues'
  | 'invalid';

/** Codes of warnings: legal but suspicious data, reported beside a successful parse. */
export type ParleyWarningCode = 'outside_period' | 'unreferenced' | 'uncited';

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
}

/** Legal but suspicious data, such as an event outside the timeline's period. */
export type ParleyWarning = ParleyIssue<ParleyWarningCode>;
