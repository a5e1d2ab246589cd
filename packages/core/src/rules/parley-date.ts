import { parseParleyDate } from '../dates/edtf.js';
import type { Rule } from './rule.js';

/**
 * A date in Parley's EDTF subset. Impossible dates (2025-02-30) and intervals that end before
 * they start are refused, with the reason.
 */
export const parleyDate: Rule<string> = (value, report) => {
  const parsed = parseParleyDate(value);
  if (!parsed.ok) report({ code: 'invalid_date', message: parsed.message });
};
