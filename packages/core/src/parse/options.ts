import type { ParleyLocale } from '../errors/locale.js';

/**
 * Limits that keep parsing fast and safe on untrusted input. Every limit has a default that
 * fits real timelines with room to spare; raise one only for data you trust.
 */
export interface ParseOptions {
  /** Longest text accepted by `parseTimelineJson`, in UTF-16 code units (about bytes for ASCII). @default 10_000_000 */
  readonly maxLength?: number;
  /**
   * Deepest nesting of objects and arrays in JSON text. (A value needs no such limit: the schema
   * bounds its nesting, and nothing below an unknown field is read.) @default 32
   */
  readonly maxDepth?: number;
  /** Most items in all the lists and maps of one document together. @default 2_000_000 */
  readonly maxValues?: number;
  /** Most issues reported; the rest are counted in one last `too_many_issues` issue. @default 100 */
  readonly maxIssues?: number;
  /**
   * The language of issue messages and hints. English is built in; import another from
   * `@parley/core/locales/uk` (or `/ru`, `/tr`), or write your own `ParleyLocale`. @default en
   */
  readonly locale?: ParleyLocale;
}

/** The numeric limits of `ParseOptions`, all set. */
export type _Limits = Required<Omit<ParseOptions, 'locale'>>;

export const DEFAULT_PARSE_OPTIONS: _Limits = {
  maxLength: 10_000_000,
  maxDepth: 32,
  maxValues: 2_000_000,
  maxIssues: 100,
};

/** Options with defaults filled in; refuses nonsense limits early with a clear message. */
export function _resolveOptions(options: ParseOptions = {}): _Limits {
  // An option set to undefined means its default, as if it were left out; the locale is no limit.
  const given = Object.fromEntries(
    Object.entries(options).filter(([name, value]) => value !== undefined && name !== 'locale'),
  );
  const resolved = { ...DEFAULT_PARSE_OPTIONS, ...given };
  for (const [name, value] of Object.entries(resolved))
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`Option ${name} must be a positive whole number.`);
  return resolved;
}
