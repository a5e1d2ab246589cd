import { parseParleyDate, type DatePoint } from './edtf.js';

/** The span a Parley date may stand for; `null` for an open or unknown end. */
export interface DateRange {
  /** Earliest instant covered. */
  readonly earliest: Date | null;
  /** Latest instant covered (the last millisecond of the span). */
  readonly latest: Date | null;
}

function startOf(end: DatePoint | 'open' | 'unknown'): number | null {
  return typeof end === 'string' ? null : end.start;
}

function lastOf(end: DatePoint | 'open' | 'unknown'): number | null {
  return typeof end === 'string' ? null : end.end - 1;
}

/** Earliest and latest instants as numbers; throws on invalid input (internal callers validate first). */
export function _rangeOf(date: string): { earliest: number | null; latest: number | null } {
  const parsed = parseParleyDate(date);
  if (!parsed.success) throw new RangeError(parsed.message);
  const { date: value } = parsed;
  if (value.kind === 'point') return { earliest: value.start, latest: value.end - 1 };
  return { earliest: startOf(value.from), latest: lastOf(value.to) };
}

/**
 * The earliest and latest instants a Parley date may stand for.
 *
 * Hint: a month covers the whole month; times without an offset are read as UTC.
 *
 * @param date - A valid Parley date.
 * @returns `{ earliest, latest }` as `Date`s, `null` for an open or unknown interval end.
 * @throws {RangeError} When `date` is not a valid Parley date.
 * @example dateRange('2025-05').latest?.toISOString() //=> '2025-05-31T23:59:59.999Z'
 */
export function dateRange(date: string): DateRange {
  const { earliest, latest } = _rangeOf(date);
  return {
    earliest: earliest === null ? null : new Date(earliest),
    latest: latest === null ? null : new Date(latest),
  };
}
