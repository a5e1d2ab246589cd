import * as z from 'zod/mini';
import { EventSchema } from './event.js';

/**
 * A timeline document: a titled, ordered account of one negotiation.
 *
 * Hint: validate untrusted input with `safeParseTimeline`, which also checks that ids are unique;
 * this schema alone checks only the shape.
 */
export const TimelineSchema = z.strictObject({
  /** Unique id of the document, e.g. `istanbul-2025`. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Headline of the whole timeline, shown at the top of the card. */
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  /** Optional short introduction shown under the title. */
  summary: z.optional(z.string().check(z.maxLength(5000))),
  /** The events, in any order; readers see them sorted by date. */
  events: z.array(EventSchema).check(z.maxLength(100_000)),
});

/** A validated timeline document. */
export type Timeline = z.infer<typeof TimelineSchema>;
