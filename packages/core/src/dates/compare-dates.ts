import { _rangeOf } from './date-range.js';

/**
 * Orders two Parley dates for a timeline: by the earliest instant each may stand for, then by the
 * latest. So the month `2025-06` comes before `2025-06-02` (it starts first), but after
 * `2025-06-01`, which starts at the same instant and ends sooner. An interval with an unknown or
 * open start ("some time before 1 June") is placed by its end, where the reporting puts it; an
 * open end counts as latest. Times with an offset compare as the instants they name; dates
 * without one are read as UTC. Dates that tie return 0, so a stable sort
 * (`Array.prototype.sort`) keeps them in the order written.
 *
 * @param a - A valid Parley date.
 * @param b - A valid Parley date.
 * @returns A negative number when `a` comes first, positive when `b` does, 0 for a tie.
 * @throws {RangeError} When either is not a valid Parley date.
 * @example ['2025-06-02', '2025-06', '2025-06-01'].sort(compareDates) //=> ['2025-06-01', '2025-06', '2025-06-02']
 */
export function compareDates(a: string, b: string): number {
  const left = _rangeOf(a);
  const right = _rangeOf(b);
  // Both ends cannot be unknown: the date parser refuses such intervals.
  const byStart = (left.earliest ?? left.latest!) - (right.earliest ?? right.latest!);
  if (byStart !== 0) return Math.sign(byStart);
  const byEnd = (left.latest ?? Infinity) - (right.latest ?? Infinity);
  return Number.isNaN(byEnd) ? 0 : Math.sign(byEnd);
}
