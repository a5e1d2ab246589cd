import type { Rule } from './rule.js';

/** An ISO 8601 duration of years, months, weeks, days, hours, minutes and seconds: `PT4H`, `P2W`. */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** Seconds in each unit, time units in lower case; months and years nominal, for ordering only. */
const SECONDS: Record<string, number> = {
  Y: 31_536_000,
  M: 2_592_000,
  W: 604_800,
  D: 86_400,
  h: 3600,
  m: 60,
  s: 1,
};

/** A duration's nominal length in seconds; NaN when it is no ISO 8601 duration (reported apart). */
export function _durationSeconds(iso: string): number {
  const [date = '', time = ''] = iso.slice(1).split('T');
  let seconds = 0;
  for (const [, amount, unit] of (date + time.toLowerCase()).matchAll(/(\d+)(\D)/g))
    seconds += Number(amount) * SECONDS[unit!]!;
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
