import { _rangeOf } from '../dates/date-range.js';
import { parseParleyDate } from '../dates/edtf.js';
import type { Rule } from './rule.js';

/** A person has a name, or at least one role when known only by role. */
export const personName: Rule<{ readonly name?: string; readonly roles?: readonly unknown[] }> = (
  person,
  report,
) => {
  if (person.name === undefined && (person.roles ?? []).length === 0)
    report({
      code: 'missing_name',
      path: ['name'],
    });
};

/** A claim is somebody's: it names its claimant. */
export const citationClaimant: Rule<{ readonly kind: string; readonly claimant?: string }> = (
  citation,
  report,
) => {
  if (citation.kind === 'claim' && citation.claimant === undefined)
    report({
      code: 'missing_claimant',
      path: ['claimant'],
    });
};

/** A statement carries the words: a quote, a paraphrase, or both. */
export const statementWords: Rule<{ readonly quote?: string; readonly paraphrase?: string }> = (
  statement,
  report,
) => {
  if (statement.quote === undefined && statement.paraphrase === undefined)
    report({ code: 'missing_words', path: ['quote'] });
};

/** A role does not end before it starts. */
export const roleInterval: Rule<{ readonly from?: string; readonly to?: string }> = (role, report) => {
  if (role.from === undefined || role.to === undefined) return;
  // A date that is itself invalid has its own issue already.
  if (!parseParleyDate(role.from).success || !parseParleyDate(role.to).success) return;
  const ends = _rangeOf(role.to).latest;
  const starts = _rangeOf(role.from).earliest;
  // An open or unknown end (`2021/..`, `../1962`) cannot be out of order.
  if (ends !== null && starts !== null && ends < starts)
    report({
      code: 'invalid_range',
      path: ['to'],
      reason: 'role',
      params: { from: role.from, to: role.to },
    });
};
