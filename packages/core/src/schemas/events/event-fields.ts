import * as z from 'zod/mini';
import { CitationSchema } from '../citation.js';
import { doc } from '../primitives/doc.js';
import { IdSchema, ref } from '../primitives/id.js';
import { DatePartSchema, ParleyDateSchema, TimeOfDaySchema } from '../primitives/date.js';
import { line, paragraph } from '../primitives/text.js';
import { RelationSchema } from '../relation.js';

/** Fields every event has, whatever its `type`. Spread into each event schema. */
export const eventFields = {
  id: doc(IdSchema, 'Unique id within the document, e.g. `talks-round-2`.'),
  date: doc(
    ParleyDateSchema,
    'When it happened, at the precision known: `2025-06-02`, `2025-05~`, an interval.',
  ),
  datePart: doc(z.optional(DatePartSchema), 'Narrows a month or year date: "mid" for "mid-May 2025".'),
  timeOfDay: doc(z.optional(TimeOfDaySchema), 'Time of day in words, when no clock time is known.'),
  title: doc(line(200), "Short headline of the event, in the newsroom's own words."),
  summary: doc(z.optional(paragraph(2000)), "One to three sentences in the newsroom's own words."),
  actors: doc(
    z.optional(z.array(ref('actor', 'Id of an actor involved.')).check(z.maxLength(100))),
    'Ids of the actors involved, beyond those named in type-specific fields.',
  ),
  place: z.optional(ref('place', 'Id of the place where it happened.')),
  image: z.optional(ref('image', 'Id of an image that shows it.')),
  related: doc(
    z.optional(z.array(ref('event', 'Id of a related event.')).check(z.maxLength(50))),
    'Ids of events this one is related to, without saying how; `relations` says how.',
  ),
  relations: doc(
    z.optional(z.array(RelationSchema).check(z.maxLength(50))),
    'How this event stands to others: it follows, responds to, implements, is concurrent with or part of them.',
  ),
  background: doc(
    z.optional(z.boolean()),
    "True for background from outside the timeline's period, such as an earlier war or treaty: it gets no outside_period warning.",
  ),
  citations: doc(
    z.optional(z.array(CitationSchema).check(z.maxLength(50))),
    'The sources for this event; readers see them as numbered links.',
  ),
};
