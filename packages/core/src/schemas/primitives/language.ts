import * as z from 'zod/mini';

/** A BCP 47 language tag such as `en`, `uk`, `tr` or `sr-Latn`. */
export const LanguageSchema = z.string().check(
  z.regex(/^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/, {
    message: 'Expected a language tag such as "en", "uk", "ru", "tr" or "sr-Latn".',
  }),
  // Names the format for the locales, which word Parley's own messages.
  z.meta({ 'x-parley-format': 'language' }),
);
