import * as z from 'zod/mini';

/**
 * Identifiers of the same entity elsewhere, for joining data sets: a Wikidata item id
 * (`Q212` for Ukraine) or an http(s) URL of an authority record.
 */
export const SameAsSchema = z
  .array(
    z.string().check(
      z.regex(/^(Q[1-9]\d{0,11}|https?:\/\/\S{1,500})$/, {
        message: 'Expected a Wikidata id such as "Q212" or an http(s) URL.',
      }),
      // Names the format for the locales, which word Parley's own messages.
      z.meta({ 'x-parley-format': 'sameAs' }),
    ),
  )
  .check(z.maxLength(20));
