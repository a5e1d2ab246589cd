/**
 * Parley dates follow EDTF (ISO 8601-2, Library of Congress) levels 0 and 1, in this subset:
 *
 * - a year `2025`, a month `2025-05`, a day `2025-06-02`;
 * - a day and time with an optional offset: `2025-06-02T13:00`, `2025-06-02T13:00:30+03:00`, `…Z`
 *   (seconds may be left out, as ISO 8601-1 allows);
 * - a qualifier on a date without time: `2025-05~` approximate, `2025-06?` uncertain, `2025%` both;
 * - an interval `2025-05-31/2025-06-01`, with an open end `2025-06-02/..` or an unknown end `/2025`.
 *
 * Calendars are checked: 2025-02-30, 2025-13-01, 24:00 and 23:60 are refused.
 */

import { daysInMonth } from './calendar.js';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** One point in time at some precision, as the span of instants it may stand for. */
export interface DatePoint {
  readonly kind: 'point';
  readonly precision: DatePrecision;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Offset from UTC in minutes when the text gave one (`Z` is 0); times without one float. */
  readonly offsetMinutes?: number;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** First instant covered, in ms since 1970 (UTC, or floating when no offset is given). */
  readonly start: number;
  /** First instant after the covered span, in ms. */
  readonly end: number;
}

/** An interval: each end is a point, open (`..`, no limit) or unknown (empty). */
export interface DateInterval {
  readonly kind: 'interval';
  readonly from: DatePoint | 'open' | 'unknown';
  readonly to: DatePoint | 'open' | 'unknown';
}

export type ParsedDate = DatePoint | DateInterval;

export type ParseDateResult = { ok: true; date: ParsedDate } | { ok: false; message: string };

const POINT =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?([?~%])?$/;

const DAY_MS = 86_400_000;

/** Date.UTC without its quirk of reading years 0–99 as 1900–1999; a month past 11 rolls over. */
function utc(
  year: number,
  monthIndex: number,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hours, minutes, seconds);
  const date = new Date(Date.UTC(2000, monthIndex, day, hours, minutes, seconds));
  date.setUTCFullYear(year + date.getUTCFullYear() - 2000);
  return date.getTime();
}

function fail(message: string): ParseDateResult {
  return { ok: false, message };
}

function parsePoint(text: string): { ok: true; point: DatePoint } | { ok: false; message: string } {
  const match = POINT.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `Expected an EDTF date such as "2025-06-02", "2025-05", "2025-05~" or "2025-06-02T13:00+03:00", received ${JSON.stringify(text)}.`,
    };
  }
  const [, y, mo, d, h, mi, s, zone, qualifier] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12))
    return { ok: false, message: `There is no month ${mo} in ${JSON.stringify(text)}; months run 01–12.` };
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month)))
    return { ok: false, message: `${y}-${mo} has no day ${d}; it has ${daysInMonth(year, month)} days.` };
  if (h !== undefined && Number(h) > 23)
    return {
      ok: false,
      message: `Hours run 00–23 (write the next day's 00:00 rather than 24:00), received ${h}.`,
    };
  if (mi !== undefined && Number(mi) > 59)
    return { ok: false, message: `Minutes run 00–59, received ${mi}.` };
  if (s !== undefined && Number(s) > 59) return { ok: false, message: `Seconds run 00–59, received ${s}.` };
  if (h !== undefined && qualifier !== undefined)
    return { ok: false, message: 'A date with a time cannot carry ?, ~ or %; qualify a day, month or year.' };

  let offsetMinutes: number | undefined;
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone !== undefined) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number];
    if (oh > 14 || om > 59 || oh * 60 + om > 14 * 60)
      return { ok: false, message: `UTC offsets run from -14:00 to +14:00, received ${zone}.` };
    offsetMinutes = sign * (oh * 60 + om);
  }

  const precision: DatePrecision =
    s !== undefined
      ? 'second'
      : h !== undefined
        ? 'minute'
        : day !== undefined
          ? 'day'
          : month !== undefined
            ? 'month'
            : 'year';
  const hours = Number(h ?? 0);
  const minutes = Number(mi ?? 0);
  const seconds = Number(s ?? 0);
  const start =
    utc(year, (month ?? 1) - 1, day ?? 1, hours, minutes, seconds) - (offsetMinutes ?? 0) * 60_000;
  let end: number;
  if (precision === 'year') end = utc(year + 1, 0, 1, 0, 0, 0);
  else if (precision === 'month') end = utc(year, month!, 1, 0, 0, 0);
  else if (precision === 'day') end = start + DAY_MS;
  else end = start + (precision === 'minute' ? 60_000 : 1000);

  // Built field by field rather than with spreads: dates are parsed for every event.
  const point: { -readonly [K in keyof DatePoint]: DatePoint[K] } = {
    kind: 'point',
    precision,
    year,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    start,
    end,
  };
  if (month !== undefined) point.month = month;
  if (day !== undefined) point.day = day;
  if (offsetMinutes !== undefined) point.offsetMinutes = offsetMinutes;
  return { ok: true, point };
}

function parseEnd(
  text: string,
): { ok: true; end: DatePoint | 'open' | 'unknown' } | { ok: false; message: string } {
  if (text === '..') return { ok: true, end: 'open' };
  if (text === '') return { ok: true, end: 'unknown' };
  const parsed = parsePoint(text);
  return parsed.ok ? { ok: true, end: parsed.point } : parsed;
}

/**
 * Parses a Parley date (the EDTF subset above) into the span of time it stands for.
 *
 * Hint: schemas already validate dates; use this to compute with them, or `compareDates`,
 * `dateRange` and `formatParleyDate`, which call it.
 *
 * @param text - A date string.
 * @returns `{ ok: true, date }`, or `{ ok: false, message }` saying what is wrong.
 * @example parseParleyDate('2025-02-30').ok //=> false
 */
export function parseParleyDate(text: string): ParseDateResult {
  if (text.length > 80) return fail('A date is at most 80 characters long.');
  const slash = text.indexOf('/');
  if (slash === -1) {
    const parsed = parsePoint(text);
    return parsed.ok ? { ok: true, date: parsed.point } : parsed;
  }
  const from = parseEnd(text.slice(0, slash));
  if (!from.ok) return from;
  const to = parseEnd(text.slice(slash + 1));
  if (!to.ok) return to;
  if (typeof from.end === 'string' && typeof to.end === 'string')
    return fail('An interval needs at least one known end, e.g. "2025-05-31/2025-06-01".');
  if (typeof from.end !== 'string' && typeof to.end !== 'string' && to.end.end <= from.end.start)
    return fail(`The interval ${JSON.stringify(text)} ends before it starts.`);
  return { ok: true, date: { kind: 'interval', from: from.end, to: to.end } };
}
