import { daysInMonth } from '../dates/calendar.js';
import { parseParleyDate } from '../dates/edtf.js';
import type { Rule } from './rule.js';

/** Digit at `index` as a number, or NaN. */
function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * Whether `text` is a plain valid day such as `2025-06-02`, the most common date by far, told
 * without building the parsed date. Anything else goes through the full parser.
 */
function isPlainValidDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  // NaN fails every comparison, so a non-digit anywhere falls through to the full parser.
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A date in Parley's EDTF subset. Impossible dates (2025-02-30) and intervals that end before
 * they start are refused, with the reason.
 */
export const parleyDate: Rule<string> = (value, report) => {
  if (isPlainValidDay(value)) return;
  const parsed = parseParleyDate(value);
  // Why, as data: every locale words the exact reason, English included.
  if (!parsed.success)
    report({ code: 'invalid_date', received: value, reason: parsed.reason, params: parsed.params });
};
