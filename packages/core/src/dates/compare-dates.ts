import { _rangeOf } from './date-range.js';

/**
 * Orders two Parley dates for a timeline: by earliest possible instant, then by latest. So the
 * month `2025-06` comes before `2025-06-02` (it starts first), but after `2025-06-01`, which
 * starts at the same instant and ends sooner. Times with an offset compare as the instants they
 * name; dates without one are read as UTC. An open or
 * unknown start counts as earliest of all, an open or unknown end as latest. Dates that tie
 * return 0, so a stable sort (`Array.prototype.sort`) keeps them in the order written.
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
  const byStart = (left.earliest ?? -Infinity) - (right.earliest ?? -Infinity);
  if (byStart !== 0 && !Number.isNaN(byStart)) return Math.sign(byStart);
  const byEnd = (left.latest ?? Infinity) - (right.latest ?? Infinity);
  return Number.isNaN(byEnd) ? 0 : Math.sign(byEnd);
}
