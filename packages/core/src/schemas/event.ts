import * as z from 'zod/mini';

/**
 * One thing that happened in a negotiation: a round of talks, an agreement, a statement.
 *
 * Hint: this is the first slice of the model; later versions turn it into a discriminated
 * union on `type` without breaking documents that only use these fields.
 */
export const EventSchema = z.strictObject({
  /** Unique id of the event within its timeline, e.g. `talks-round-2`. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Calendar date of the event as `YYYY-MM-DD`; impossible dates such as 2025-02-30 are rejected. */
  date: z.iso.date(),
  /** Short headline of the event, shown as the item's title. */
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  /** One or two sentences in the newsroom's own words. */
  summary: z.optional(z.string().check(z.maxLength(5000))),
});

/** A validated negotiation event. */
export type Event = z.infer<typeof EventSchema>;
