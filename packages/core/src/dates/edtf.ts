/**
 * Parley dates follow EDTF (ISO 8601-2, Library of Congress) levels 0 and 1 in full:
 *
 * - a year `2025`, a month `2025-05`, a day `2025-06-02`; a negative year `-0044` (45 BC);
 *   a year of more than four digits with a `Y`: `Y12025`;
 * - a season `2025-21` (21 spring, 22 summer, 23 autumn, 24 winter; Northern Hemisphere,
 *   meteorological: March–May, June–August, September–November, December–February);
 * - unspecified digits from the right: `202X` (a decade), `20XX` (a century), `2025-XX`,
 *   `2025-06-XX`, `2025-XX-XX`;
 * - a day and time with an optional offset: `2025-06-02T13:00`, `2025-06-02T13:00:30+03:00`, `…Z`
 *   (seconds may be left out, as ISO 8601-1 allows);
 * - a qualifier on a whole date without time: `2025-05~` approximate, `2025-06?` uncertain,
 *   `2025%` both;
 * - an interval `2025-05-31/2025-06-01`, whose ends may be qualified (`2025-05~/2025-06`), open
 *   (`2025-06-02/..`, `../2025`) or unknown (`/2025`, `2025/`).
 *
 * Level 2 forms (a qualifier or `X` inside a date, `X` in an interval, sub-year groupings 25–41,
 * sets, exponential years, significant digits) are refused with a message that says so.
 * Calendars are checked: 2025-02-30, 2025-13-01, 24:00 and 23:60 are refused.
 */

import { daysInMonth } from './calendar.js';

export type DatePrecision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'minute' | 'second';

/** One point in time at some precision, as the span of instants it may stand for. */
export interface DatePoint {
  readonly kind: 'point';
  readonly precision: DatePrecision;
  /** The year; the first of the decade or century (`2020` for `202X`). */
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** For a season: 21 spring, 22 summer, 23 autumn, 24 winter. */
  readonly season?: 21 | 22 | 23 | 24;
  /** True when the text left digits unspecified with `X` (`2025-06-XX`). */
  readonly unspecified?: true;
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

/** Level 0 and 1 points: sign, year (with X from the right), month or season, day, time, qualifier. */
const POINT =
  /^(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?([?~%])?$/;

/** A year of more than four digits, prefixed with Y: `Y12025`, `Y-12025`. */
const LONG_YEAR = /^Y(-?\d{5,})([?~%])?$/;

/** Years a JavaScript Date can hold, so Parley can place them on a timeline. */
const MIN_YEAR = -271_820;
const MAX_YEAR = 275_759;

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

type PointResult = { ok: true; point: DatePoint } | { ok: false; message: string };

/** Which level 2 feature a date that is not level 0 or 1 uses, in words, if it is one. */
function level2Feature(text: string): string | undefined {
  if (/[[\]{}]/.test(text)) return 'a set of dates ([…] or {…})';
  if (/^Y-?\d+E\d+(S\d+)?$/.test(text)) return 'an exponential year (E)';
  if (/^(Y-?)?\d+S\d+$/.test(text)) return 'significant digits (S)';
  // The rest look like a date once their qualifiers are taken out.
  const bare = text.replace(/[?~%]/g, '');
  if (!/^-?[\dX]{4}(-[\dX]{2}){0,2}$/.test(bare)) return undefined;
  if (bare !== text.replace(/[?~%]$/, '')) return 'a qualifier on one part of a date';
  if (bare.includes('X')) return UNSPECIFIED_LEVEL_2;
  return undefined;
}

const UNSPECIFIED_LEVEL_2 =
  'unspecified digits (X) other than the last one or two of a year, a whole month or a whole day';

/** The message for a date at EDTF level 2, which Parley does not support. */
function level2(text: string, feature: string): string {
  return `${JSON.stringify(text)} uses ${feature}, which is EDTF level 2; Parley supports EDTF levels 0 and 1 only.`;
}

function parsePoint(text: string): PointResult {
  const long = LONG_YEAR.exec(text);
  if (long) {
    const year = Number(long[1]);
    if (year < MIN_YEAR || year > MAX_YEAR)
      return {
        ok: false,
        message: `Parley places years from ${MIN_YEAR} to ${MAX_YEAR} on a timeline, received ${text}.`,
      };
    return {
      ok: true,
      point: point(
        'year',
        year,
        undefined,
        undefined,
        undefined,
        long[2],
        utc(year, 0, 1, 0, 0, 0),
        utc(year + 1, 0, 1, 0, 0, 0),
      ),
    };
  }
  const match = POINT.exec(text);
  if (!match) {
    const feature = level2Feature(text);
    if (feature) return { ok: false, message: level2(text, feature) };
    if (/^Y-?\d{1,4}[?~%]?$/.test(text))
      return {
        ok: false,
        message: `A year written with Y has more than four digits; write ${JSON.stringify(text.slice(1))} instead.`,
      };
    return {
      ok: false,
      message: `Expected an EDTF date such as "2025-06-02", "2025-05", "2025-21" (spring), "2025-06-XX", "2025-05~" or "2025-06-02T13:00+03:00", received ${JSON.stringify(text)}.`,
    };
  }
  const [, sign, y, mo, d, h, mi, s, zone, qualifier] = match;
  if (y!.includes('X')) {
    // 202X is a decade and 20XX a century: nothing may follow a year with X.
    if (mo !== undefined) return { ok: false, message: level2(text, UNSPECIFIED_LEVEL_2) };
    const digits = y!.length - y!.replace(/X/g, '').length;
    const first = Number(y!.replace(/X/g, '0'));
    const span = digits === 1 ? 10 : 100;
    // For a negative year the span runs the other way: -202X is -2029 to -2020.
    const low = sign ? -(first + span - 1) : first;
    return {
      ok: true,
      point: point(
        digits === 1 ? 'decade' : 'century',
        low,
        undefined,
        undefined,
        undefined,
        qualifier,
        utc(low, 0, 1, 0, 0, 0),
        utc(low + span, 0, 1, 0, 0, 0),
        true,
      ),
    };
  }
  const year = Number(sign! + y);
  if (mo === 'XX') {
    if (d !== undefined && d !== 'XX') return { ok: false, message: level2(text, UNSPECIFIED_LEVEL_2) };
    return {
      ok: true,
      point: point(
        'year',
        year,
        undefined,
        undefined,
        undefined,
        qualifier,
        utc(year, 0, 1, 0, 0, 0),
        utc(year + 1, 0, 1, 0, 0, 0),
        true,
      ),
    };
  }
  const month = mo === undefined ? undefined : Number(mo);
  if (month !== undefined && month >= 21 && month <= 24) {
    if (d !== undefined)
      return {
        ok: false,
        message: `A season (${mo}) has no days; write ${JSON.stringify(`${sign}${y}-${mo}`)} alone.`,
      };
    // Meteorological seasons: spring starts in March, winter in December and ends in February.
    const startMonth = (month - 21) * 3 + 2;
    return {
      ok: true,
      point: point(
        'season',
        year,
        undefined,
        undefined,
        month as 21 | 22 | 23 | 24,
        qualifier,
        utc(year, startMonth, 1, 0, 0, 0),
        utc(year, startMonth + 3, 1, 0, 0, 0),
      ),
    };
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    if (month >= 25 && month <= 41)
      return {
        ok: false,
        message: level2(text, 'a sub-year grouping (25–41: quarters, quadrimesters, semesters)'),
      };
    return {
      ok: false,
      message: `There is no month ${mo} in ${JSON.stringify(text)}; months run 01–12, seasons 21–24.`,
    };
  }
  if (d === 'XX')
    return {
      ok: true,
      point: point(
        'month',
        year,
        month,
        undefined,
        undefined,
        qualifier,
        utc(year, month! - 1, 1, 0, 0, 0),
        utc(year, month!, 1, 0, 0, 0),
        true,
      ),
    };
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month)))
    return {
      ok: false,
      message: `${sign}${y}-${mo} has no day ${d}; it has ${daysInMonth(year, month)} days.`,
    };
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

  const parsed = point(precision, year, month, day, undefined, qualifier, start, end);
  if (offsetMinutes !== undefined) parsed.offsetMinutes = offsetMinutes;
  return { ok: true, point: parsed };
}

type MutablePoint = { -readonly [K in keyof DatePoint]: DatePoint[K] };

/** A point built field by field rather than with spreads: dates are parsed for every event. */
function point(
  precision: DatePrecision,
  year: number,
  month: number | undefined,
  day: number | undefined,
  season: DatePoint['season'],
  qualifier: string | undefined,
  start: number,
  end: number,
  unspecified?: true,
): MutablePoint {
  const result: MutablePoint = {
    kind: 'point',
    precision,
    year,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    start,
    end,
  };
  if (month !== undefined) result.month = month;
  if (day !== undefined) result.day = day;
  if (season !== undefined) result.season = season;
  if (unspecified) result.unspecified = true;
  return result;
}

function parseEnd(
  text: string,
): { ok: true; end: DatePoint | 'open' | 'unknown' } | { ok: false; message: string } {
  if (text === '..') return { ok: true, end: 'open' };
  if (text === '') return { ok: true, end: 'unknown' };
  const parsed = parsePoint(text);
  if (parsed.ok && parsed.point.unspecified)
    return { ok: false, message: level2(text, 'unspecified digits (X) inside an interval') };
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
