/**
 * Intl objects are slow to build and fast to use, so the card keeps one per locale and options.
 * The cache is bounded: a page that cycles through many `lang` values cannot grow it for ever.
 */
const MAX_ENTRIES = 32;
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A number as readers of `locale` write it ("12", "١٢"). */
export function formatNumber(locale: string, value: number): string {
  return cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** The plural category of `count` in `locale`: "one", "few", "many", "other"… */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** "a, b and c" in `locale`. */
export function formatList(locale: string, items: readonly string[]): string {
  return cached(`l${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** "4 hours", "4 години": one unit of a duration, spelt out and pluralised by Intl. */
export function formatUnit(
  locale: string,
  value: number,
  unit: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second',
): string {
  return cached(
    `u${locale}${unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  ).format(value);
}
