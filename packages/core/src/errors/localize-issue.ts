import type { _IssueData, ParleyIssue } from './issue.js';
import type { ParleyLocale } from './locale.js';
import { en } from '../locales/en.js';

/** The issue's data and place, without a message or hint it may have been given before. */
const withoutWords = <Code extends string>({
  message: _message,
  hint: _hint,
  ...data
}: _IssueData<Code> & { message?: string; hint?: string }): _IssueData<Code> => data;

/**
 * Words an issue in `locale`: its message and hint come from its data, so an issue found once
 * can be shown in any language. What the locale lacks is worded in English.
 *
 * Hint: the parse functions word every issue already (choose the language with their `locale`
 * option); use this to show issues again in another language.
 *
 * @param issue - An issue or warning, or just its data.
 * @param locale - English unless given, or a module from `@parley/core/locales/*`.
 * @returns The issue with `message` (and `hint`, where there is one) in that language.
 * @example localizeIssue(result.error.issues[0], uk).message //=> 'Очікувалося: рядок, отримано число 5.'
 */
export function localizeIssue<Code extends string>(
  issue: _IssueData<Code>,
  locale: ParleyLocale = en,
): ParleyIssue<Code> {
  // Drop the words of another language first, so none of them outlive the new ones.
  const data = withoutWords(issue);
  const message = locale.message(data) ?? en.message(data) ?? data.code;
  const hint = locale.hint(data) ?? en.hint(data);
  return hint === undefined ? { ...data, message } : { ...data, message, hint };
}

/** Words every issue of a list in `locale`; see `localizeIssue`. */
export function localizeIssues<Code extends string>(
  issues: readonly _IssueData<Code>[],
  locale: ParleyLocale = en,
): ParleyIssue<Code>[] {
  return issues.map((issue) => localizeIssue(issue, locale));
}
