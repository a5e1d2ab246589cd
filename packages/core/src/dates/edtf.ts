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

import { daysInMonth, isPlainValidDay } from './calendar.js';
import { _dateFailureMessage } from './date-failure-words.js';

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

/** The forms of EDTF level 2 that Parley refuses by name (`params.feature` of a `level2` failure). */
export type DateLevel2Feature =
  | 'set' // `[1667,1668]`, `{1667,1668}`
  | 'exponential_year' // `Y-17E7`
  | 'significant_digits' // `1950S2`
  | 'inner_qualifier' // `2004-06-~11`, `2004?-06-11`
  | 'unspecified_digits' // `156X-12-25`, `2025-XX-02`: X other than for the last digits of a year, or a whole month or day
  | 'unspecified_in_interval' // `2004-06-XX/2004-07-03`
  | 'sub_year_grouping'; // `2001-34`: sub-year groupings 25–41

/**
 * What is wrong with a text that is no Parley date; each names its values in `params`:
 *
 * - `syntax`: no EDTF date at all (`text`);
 * - `year_range`: a year a timeline cannot place (`text`, `min`, `max`);
 * - `level2`: a form of EDTF level 2 (`text`, `feature`, see `DateLevel2Feature`);
 * - `month`: no such month or season (`text`, `month`);
 * - `day`: no such day in that month (`month` such as `2025-02`, `day`, `days` it has);
 * - `hours`, `minutes`, `seconds`: out of range (`value`);
 * - `qualified_time`: `?`, `~` or `%` on a date with a time;
 * - `offset`: a UTC offset beyond ±14:00 (`value`);
 * - `too_long`: longer than `limit` characters;
 * - `open_interval`: an interval with no known end;
 * - `interval_order`: an interval that ends before it starts (`text`).
 */
export type DateFailureReason =
  | 'syntax'
  | 'year_range'
  | 'level2'
  | 'month'
  | 'day'
  | 'hours'
  | 'minutes'
  | 'seconds'
  | 'qualified_time'
  | 'offset'
  | 'too_long'
  | 'open_interval'
  | 'interval_order';

/**
 * Why a text is not a Parley date: as data, which a locale words (the `invalid_date` issue of a
 * parse carries the same `reason` and `params`), and in English.
 */
export interface DateFailure {
  readonly success: false;
  /** What is wrong, e.g. `day` for `2025-02-30`; see `DateFailureReason`. */
  readonly reason: DateFailureReason;
  /** The values the message names, e.g. `{ month: '2025-02', day: '30', days: 28 }`. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The reason in English, e.g. "2025-02 has no day 30; it has 28 days." */
  readonly message: string;
}

export type ParseDateResult = { success: true; date: ParsedDate } | DateFailure;

/**
 * Level 0 and 1 points: a year of more than four digits after Y, or a sign, four digits (X from
 * the right), a month or season, a day, a time with offset; then a qualifier.
 */
const POINT =
  /^(?:Y(-?\d{5,})|(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?)([?~%])?$/;

/** Years a JavaScript Date can hold, so Parley can place them on a timeline. */
const MIN_YEAR = -271_820;
const MAX_YEAR = 275_759;

const DAY_MS = 86_400_000;

/** The longest text read as a date. */
const MAX_LENGTH = 80;

/** Date.UTC without its quirk of reading years 0–99 as 1900–1999; a month past 11 rolls over. */
function utc(year: number, monthIndex: number, day = 1, hours = 0, minutes = 0, seconds = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hours, minutes, seconds);
  const date = new Date(Date.UTC(2000, monthIndex, day, hours, minutes, seconds));
  date.setUTCFullYear(year + date.getUTCFullYear() - 2000);
  return date.getTime();
}

/** A failure with its English words (which the script tag of @parley/widget leaves out). */
function fail(
  reason: DateFailureReason,
  params: Readonly<Record<string, string | number>> = {},
): DateFailure {
  return { success: false, reason, params, message: _dateFailureMessage(reason, params) ?? reason };
}

type PointResult = { success: true; point: DatePoint } | DateFailure;

/** A date at EDTF level 2, which Parley does not support. */
const level2 = (text: string, feature: DateLevel2Feature): DateFailure => fail('level2', { text, feature });

/** Why a text that is no level 0 or 1 date is refused: the level 2 feature it uses, if any. */
function refusal(text: string): DateFailure {
  // Once qualifiers are taken out, the qualified and unspecified level 2 forms look like dates.
  const bare = text.replace(/[?~%]/g, '');
  const dateLike = /^-?[\dX]{4}(-[\dX]{2}){0,2}$/.test(bare);
  const feature: DateLevel2Feature | undefined = /[[\]{}]/.test(text)
    ? 'set'
    : /^Y-?\d+E/.test(text)
      ? 'exponential_year'
      : /\dS\d+$/.test(text)
        ? 'significant_digits'
        : dateLike && bare !== text.replace(/[?~%]$/, '')
          ? 'inner_qualifier'
          : dateLike && bare.includes('X')
            ? 'unspecified_digits'
            : undefined;
  return feature ? level2(text, feature) : fail('syntax', { text });
}

function parsePoint(text: string): PointResult {
  const match = POINT.exec(text);
  if (!match) return refusal(text);
  const [, long, sign, y = '', mo, d, h, mi, s, zone, qualifier] = match;
  // Digits left unspecified in the year: 1 for a decade (202X), 2 for a century (20XX).
  const hidden = y.length - y.replace(/X/g, '').length;
  const span = 10 ** hidden;
  // A negative decade runs the other way: -202X is -2029 to -2020.
  const year = long
    ? Number(long)
    : sign && hidden
      ? -Number(y.replace(/X/g, '9'))
      : Number(sign + y.replace(/X/g, '0'));
  if (year < MIN_YEAR || year > MAX_YEAR) return fail('year_range', { text, min: MIN_YEAR, max: MAX_YEAR });
  if ((hidden && mo !== undefined) || (mo === 'XX' && d !== undefined && d !== 'XX'))
    return level2(text, 'unspecified_digits');
  const month = mo === undefined || mo === 'XX' ? undefined : Number(mo);
  const season = month! >= 21 && month! <= 24 && d === undefined ? month : undefined;
  if (month !== undefined && !season && (month < 1 || month > 12))
    return month >= 25 && month <= 41 && d === undefined
      ? level2(text, 'sub_year_grouping')
      : fail('month', { text, month: mo! });
  const day = d === undefined || d === 'XX' ? undefined : Number(d);
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month)))
    return fail('day', { month: `${sign}${y}-${mo}`, day: d!, days: daysInMonth(year, month) });
  if (h !== undefined && Number(h) > 23) return fail('hours', { value: h });
  if (mi !== undefined && Number(mi) > 59) return fail('minutes', { value: mi });
  if (s !== undefined && Number(s) > 59) return fail('seconds', { value: s });
  if (h !== undefined && qualifier !== undefined) return fail('qualified_time');

  let offsetMinutes: number | undefined;
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone !== undefined) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number];
    if (oh > 14 || om > 59 || oh * 60 + om > 14 * 60) return fail('offset', { value: zone });
    offsetMinutes = sign * (oh * 60 + om);
  }

  const precision: DatePrecision = hidden
    ? hidden === 1
      ? 'decade'
      : 'century'
    : season
      ? 'season'
      : s !== undefined
        ? 'second'
        : h !== undefined
          ? 'minute'
          : day !== undefined
            ? 'day'
            : month !== undefined
              ? 'month'
              : 'year';
  // Meteorological seasons: spring starts in March, winter in December and ends in February.
  const first = season ? (season - 21) * 3 + 2 : (month ?? 1) - 1;
  const start =
    utc(year, first, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) - (offsetMinutes ?? 0) * 60_000;
  const end =
    precision === 'decade' || precision === 'century' || precision === 'year'
      ? utc(year + span, 0)
      : precision === 'season'
        ? utc(year, first + 3)
        : precision === 'month'
          ? utc(year, first + 1)
          : start + (precision === 'day' ? DAY_MS : precision === 'minute' ? 60_000 : 1000);

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
  if (month !== undefined && !season) point.month = month;
  if (day !== undefined) point.day = day;
  if (season) point.season = season as 21 | 22 | 23 | 24;
  if (hidden || mo === 'XX' || d === 'XX') point.unspecified = true;
  if (offsetMinutes !== undefined) point.offsetMinutes = offsetMinutes;
  return { success: true, point };
}

/**
 * A plain valid day (see `isPlainValidDay`), read without the pattern: it is most dates, and the
 * widget's view of 10,000 events spent a third of its time in the pattern. `parsePoint` gives the same.
 */
function plainDay(text: string): DatePoint {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const start = utc(year, month - 1, day);
  return {
    kind: 'point',
    precision: 'day',
    year,
    approximate: false,
    uncertain: false,
    start,
    end: start + DAY_MS,
    month,
    day,
  };
}

function parseEnd(text: string): { success: true; end: DatePoint | 'open' | 'unknown' } | DateFailure {
  if (text === '..') return { success: true, end: 'open' };
  if (text === '') return { success: true, end: 'unknown' };
  const parsed = parsePoint(text);
  if (parsed.success && parsed.point.unspecified) return level2(text, 'unspecified_in_interval');
  return parsed.success ? { success: true, end: parsed.point } : parsed;
}

/**
 * Parses a Parley date (the EDTF subset above) into the span of time it stands for.
 *
 * Hint: schemas already validate dates; use this to compute with them, or `compareDates`,
 * `dateRange` and `formatParleyDate`, which call it.
 *
 * @param text - A date string.
 * @returns `{ success: true, date }`, or `{ success: false, reason, params, message }` saying
 *   what is wrong, as data (see `DateFailureReason`) and in English.
 * @example parseParleyDate('2025-02-30').success //=> false
 */
export function parseParleyDate(text: string): ParseDateResult {
  const cached = parsedDates.get(text);
  if (cached) return cached;
  const parsed = parseUncached(text);
  if (!parsed.success) return parsed;
  if (parsedDates.size >= MAX_CACHED) parsedDates.clear();
  parsedDates.set(text, parsed);
  return parsed;
}

/**
 * Dates parsed before, which are read-only: a timeline's dates are parsed when it is validated,
 * and again by whatever lays it out or sorts it (the widget's view of 10,000 events spent half
 * its time there). Bounded, so a long-running server does not keep every date it ever saw.
 */
const parsedDates = new Map<string, Extract<ParseDateResult, { success: true }>>();
const MAX_CACHED = 20_000;

function parseUncached(text: string): ParseDateResult {
  if (text.length > MAX_LENGTH) return fail('too_long', { limit: MAX_LENGTH });
  if (isPlainValidDay(text)) return { success: true, date: plainDay(text) };
  const slash = text.indexOf('/');
  if (slash === -1) {
    const parsed = parsePoint(text);
    return parsed.success ? { success: true, date: parsed.point } : parsed;
  }
  const from = parseEnd(text.slice(0, slash));
  if (!from.success) return from;
  const to = parseEnd(text.slice(slash + 1));
  if (!to.success) return to;
  if (typeof from.end === 'string' && typeof to.end === 'string') return fail('open_interval');
  if (typeof from.end !== 'string' && typeof to.end !== 'string' && to.end.end <= from.end.start)
    return fail('interval_order', { text });
  return { success: true, date: { kind: 'interval', from: from.end, to: to.end } };
}
