import { isPlainValidDay } from '../dates/calendar.js';
import { parseParleyDate } from '../dates/edtf.js';
import type { Rule } from './rule.js';

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
