/** Cache of formatters by locale: building an Intl.DateTimeFormat is far slower than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    // UTC so that a calendar date never shifts by a day in the reader's time zone.
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * Formats a Parley date for readers in their language.
 *
 * Hint: the input is a validated `YYYY-MM-DD` date from a parsed timeline; anything else is
 * returned unchanged rather than guessed at.
 *
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param locale - A BCP 47 language tag.
 * @default locale 'en'
 * @returns The date as the locale writes it.
 * @example formatParleyDate('2025-06-02', 'en-GB') //=> '2 June 2025'
 */
export function formatParleyDate(date: string, locale = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  let resolved: Intl.DateTimeFormat;
  try {
    resolved = formatterFor(locale);
  } catch {
    // An invalid language tag (from a page's lang attribute, say) must not break the card.
    resolved = formatterFor('en');
  }
  return resolved.format(time);
}
