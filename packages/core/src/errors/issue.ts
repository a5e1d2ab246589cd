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

/**
 * The data behind an issue's message: what went wrong, where, what was expected, what was
 * received and the limit that applies. A locale words the message from this (see `ParleyLocale`),
 * so an issue found once can be shown in any language, and tests and tools can read the data
 * instead of a sentence. docs/errors.md lists which fields each code sets.
 */
export interface ParleyIssueData<Code extends string = ParleyIssueCode> {
  /** Stable machine-readable code, e.g. `invalid_type`. */
  readonly code: Code;
  /** Where in the document, as keys and indexes, e.g. `['events', 2, 'date']`. */
  readonly path: readonly (string | number)[];
  /**
   * What was expected: a type (`string`, `int`, `object`…) or several, the allowed values, a
   * format (`id`, `language`, `sameAs`, `id:person`), a reference kind (`person`), the known
   * fields, the timeline's period, or a token of JSON text (`colon`, `value`…).
   */
  readonly expected?: string | readonly (string | number | boolean | null)[];
  /**
   * What was received: the value itself (not a copy, as zod's `input`), its length or count for
   * size limits, the property name or id for key and reference problems, or the text found in
   * JSON text. Absent when nothing was there.
   */
  readonly received?: unknown;
  /** The limit that applies: the minimum for `too_small`, the maximum for `too_big` and `too_many_issues`, the depth for `too_deep`. */
  readonly limit?: number;
  /** What a size limit measures: `string`, `array`, `number`, `text`, `document`, or `json_string`, `json_key`, `json_array`, `json_object` in JSON text. */
  readonly origin?: string;
  /** Which kind of problem, where one code covers several: `trailing_comma` for `syntax`, `role` for `invalid_range`. */
  readonly reason?: string;
  /** Any other value the message needs, e.g. where the first of two equal ids is (`first`). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The closest allowed value, for a "did you mean" hint. */
  readonly suggestion?: string;
}

/** Where an issue is in the source text, when the input was text. */
export interface ParleyIssuePosition {
  /** 1-based line in the source text. */
  readonly line?: number;
  /** 1-based column in the source text. */
  readonly column?: number;
  /** `[start, end)` UTF-16 offsets of what the issue is about in the source text. */
  readonly range?: readonly [start: number, end: number];
}

/** One problem found in a timeline document: its data, its place, and the words for it. */
export interface ParleyIssue<Code extends string = ParleyIssueCode>
  extends ParleyIssueData<Code>, ParleyIssuePosition {
  /** A sentence saying what is wrong, what was expected and what was received; never the location. In the `locale` option's language. */
  readonly message: string;
  /** A suggestion for fixing it, e.g. "Did you mean "summary"?", in the same language. */
  readonly hint?: string;
}

/** Legal but suspicious data, such as an event outside the timeline's period. */
export type ParleyWarning = ParleyIssue<ParleyWarningCode>;

/** @internal An issue before it is worded: its data and, for text, its place. */
export type _IssueData<Code extends string = ParleyIssueCode> = ParleyIssueData<Code> & ParleyIssuePosition;
