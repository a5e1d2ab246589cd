/**
 * Stable codes for every kind of problem Parley reports. Each has an anchor in docs/errors.md.
 */
export type ParleyIssueCode =
  | 'syntax'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'unrecognized_key'
  | 'too_small'
  | 'too_big'
  | 'duplicate_id'
  | 'invalid';

/** One problem found in a timeline document. */
export interface ParleyIssue {
  /** Stable machine-readable code, e.g. `invalid_type`. */
  readonly code: ParleyIssueCode;
  /** A sentence saying what is wrong and what was expected; it never contains the location. */
  readonly message: string;
  /** Where in the document, as keys and indexes, e.g. `['events', 2, 'date']`. */
  readonly path: readonly (string | number)[];
  /** 1-based line in the source text, when the input was text. */
  readonly line?: number;
  /** 1-based column in the source text, when the input was text. */
  readonly column?: number;
}
