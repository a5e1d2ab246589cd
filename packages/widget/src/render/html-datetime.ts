import { parseParleyDate } from '@parley/core';
import { plainDay } from '../model/plain-day.js';

/**
 * A value for `<time datetime>`, which takes plain dates, not EDTF: qualifiers are dropped, a time
 * keeps its instant, and an interval gives its first known end.
 */
export function htmlDatetime(date: string): string {
  const parsed = parseParleyDate(date);
  if (!parsed.success) return date;
  const value = parsed.date;
  if (value.kind === 'point') {
    return value.precision === 'minute' || value.precision === 'second'
      ? new Date(value.start).toISOString()
      : plainDay(value);
  }
  const end = typeof value.from !== 'string' ? value.from : value.to;
  return typeof end === 'string' ? date : htmlDatetime(plainDay(end));
}
