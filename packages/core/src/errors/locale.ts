import type { ParleyIssueData } from './issue.js';

/**
 * Words issues in one language: a message (and a hint, where there is one) from an issue's
 * data. English (`en`) is built in; `@parley/core/locales/uk`, `/ru` and `/tr` are opt-in
 * modules, shaped like zod's `locales/`. Write your own by the same interface.
 *
 * Hint: pass one as the `locale` option of any parse function, or to `localizeIssue`.
 *
 * @example safeParseTimeline(data, { locale: uk }) // messages and hints in Ukrainian
 */
export interface ParleyLocale {
  /** The BCP 47 tag of the language, e.g. `uk`. */
  readonly locale: string;
  /** The sentence for an issue; `undefined` when the locale has none for it (English is used). */
  message(issue: ParleyIssueData<string>): string | undefined;
  /** A suggestion for fixing it, if the locale has one for this issue. */
  hint(issue: ParleyIssueData<string>): string | undefined;
}
