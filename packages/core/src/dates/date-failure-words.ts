import type { DateFailureReason, DateLevel2Feature } from './edtf.js';

type Params = Readonly<Record<string, string | number | undefined>>;

/** The level 2 forms, as the English sentence names them. */
const FEATURES: Record<DateLevel2Feature, string> = {
  set: 'a set ([…] or {…})',
  exponential_year: 'an exponential year',
  significant_digits: 'significant digits',
  inner_qualifier: 'a qualifier inside the date',
  unspecified_digits: 'X other than for the last digits of a year, or a whole month or day',
  unspecified_in_interval: 'X in an interval',
  sub_year_grouping: 'a sub-year grouping (25–41)',
};

const REASONS: Record<DateFailureReason, (params: Params) => string> = {
  syntax: ({ text }) =>
    `Expected an EDTF date such as "2025-06-02", "2025-05~", "2025-21" or "2025-06-02T13:00+03:00", received ${JSON.stringify(text)}.`,
  year_range: ({ text, min, max }) =>
    `Parley places years from ${min} to ${max} on a timeline, received ${text}.`,
  level2: ({ text, feature }) =>
    `${JSON.stringify(text)} uses ${FEATURES[feature as DateLevel2Feature] ?? feature}: EDTF level 2, which Parley does not support.`,
  month: ({ text, month }) =>
    `There is no month ${month} in ${JSON.stringify(text)}; months run 01–12, and seasons 21–24 take no day.`,
  day: ({ month, day, days }) => `${month} has no day ${day}; it has ${days} days.`,
  hours: ({ value }) => `Hours run 00–23 (write the next day's 00:00 rather than 24:00), received ${value}.`,
  minutes: ({ value }) => `Minutes run 00–59, received ${value}.`,
  seconds: ({ value }) => `Seconds run 00–59, received ${value}.`,
  qualified_time: () => 'A date with a time cannot carry ?, ~ or %; qualify a day, month or year.',
  offset: ({ value }) => `UTC offsets run from -14:00 to +14:00, received ${value}.`,
  too_long: ({ limit }) => `A date is at most ${limit} characters long.`,
  open_interval: () => 'An interval needs at least one known end, e.g. "2025-05-31/2025-06-01".',
  interval_order: ({ text }) => `The interval ${JSON.stringify(text)} ends before it starts.`,
};

/**
 * Why a text is no Parley date, in English, from the date parser's `reason` and `params`: the
 * `message` of a failed `parseParleyDate` and the words of `invalid_date` in the English locale;
 * `undefined` for a reason it does not know. A module of its own, so that the script tag of
 * @parley/widget, which only needs to know that a date failed, can leave these words to
 * `parley-timeline.messages.js`.
 */
export function _dateFailureMessage(reason: string, params: Params = {}): string | undefined {
  return Object.hasOwn(REASONS, reason) ? REASONS[reason as DateFailureReason](params) : undefined;
}
