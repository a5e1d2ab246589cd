import type { Rule } from './rule.js';

/** An ISO 8601 duration of years, months, weeks, days, hours, minutes and seconds: `PT4H`, `P2W`. */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** Seconds in each unit, by its letter; months and years at their nominal length, for ordering only. */
const DATE_UNITS: Record<string, number> = { Y: 365 * 86_400, M: 30 * 86_400, W: 7 * 86_400, D: 86_400 };
const TIME_UNITS: Record<string, number> = { H: 3600, M: 60, S: 1 };

/** A duration's nominal length in seconds, or NaN when it is not an ISO 8601 duration. */
export function _durationSeconds(iso: string): number {
  if (!ISO_DURATION.test(iso)) return NaN;
  const time = iso.indexOf('T');
  let seconds = 0;
  for (const [part, units] of [
    [time === -1 ? iso.slice(1) : iso.slice(1, time), DATE_UNITS],
    [time === -1 ? '' : iso.slice(time + 1), TIME_UNITS],
  ] as const)
    for (const [, amount, unit] of part.matchAll(/(\d+)([A-Z])/g)) seconds += Number(amount) * units[unit!]!;
  return seconds;
}

/** A range of durations runs from the shorter to the longer: `PT24H` up to `PT48H`, not the reverse. */
export const durationRange: Rule<{ readonly iso: string; readonly upTo?: string }> = (duration, report) => {
  if (duration.upTo === undefined) return;
  const shortest = _durationSeconds(duration.iso);
  const longest = _durationSeconds(duration.upTo);
  // A malformed duration has its own issue already; NaN fails the comparison.
  if (longest < shortest)
    report({
      code: 'invalid_range',
      path: ['upTo'],
      reason: 'duration',
      params: { from: duration.iso, to: duration.upTo },
    });
};
