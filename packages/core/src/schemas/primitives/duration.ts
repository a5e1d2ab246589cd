import * as z from 'zod/mini';
import { ISO_DURATION } from '../../rules/duration-range.js';
import { doc } from './doc.js';
import { rule } from './rule.js';

const IsoDurationSchema = z.string().check(
  z.regex(ISO_DURATION, {
    message: 'Expected an ISO 8601 duration such as "PT4H", "PT3H30M", "P2D", "P2W" or "P6M".',
  }),
  // Names the format for the locales, which word Parley's own messages.
  z.meta({ 'x-parley-format': 'duration' }),
);

export const DurationSchema = z
  .strictObject({
    iso: doc(
      IsoDurationSchema,
      'ISO 8601 duration, e.g. `PT4H` for four hours, `P30D` for 30 days; the shortest, for a range.',
    ),
    upTo: doc(
      z.optional(IsoDurationSchema),
      'The longest, for a range: "24 to 48 hours" is `iso` `PT24H`, `upTo` `PT48H`.',
    ),
    qualifier: doc(
      z.optional(z.enum(['about', 'under', 'over', 'at-least', 'up-to'])),
      'How the reporting qualifies it: "a little under four hours" is `under` `PT4H`; "up to 30 days" is `up-to` `P30D`.',
    ),
  })
  .check(rule('durationRange'))
  .check(
    z.describe(
      'How long something lasted or would last: an ISO 8601 duration or a range of two, and how exact it is.',
    ),
  );

export type Duration = z.infer<typeof DurationSchema>;
