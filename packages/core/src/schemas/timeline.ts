import * as z from 'zod/mini';
import { ActorSchema } from './actor.js';
import { NegotiationEventSchema } from './event.js';
import { ImageSchema } from './image.js';
import { PlaceSchema } from './place.js';
import { SourceSchema } from './source.js';
import { UpdateSchema } from './update.js';
import { doc } from './primitives/doc.js';
import { IdSchema } from './primitives/id.js';
import { ParleyDateSchema } from './primitives/date.js';
import { LanguageSchema } from './primitives/language.js';
import { line, paragraph } from './primitives/text.js';

/**
 * A timeline document: the actors, places and sources of one negotiation, and its events.
 *
 * Hint: validate untrusted input with `safeParseTimeline` (or `parseTimelineJson` for text),
 * which also checks ids and references; this schema alone checks only the shape.
 */
export const TimelineSchema = z
  .strictObject({
    $schema: doc(
      z.optional(line(2000)),
      "The JSON Schema the document follows, for editors' autocomplete, e.g. `https://unpkg.com/@parley/core@0.1.0/schema.json`; the parser ignores its value.",
    ),
    id: doc(IdSchema, 'Unique id of the document, e.g. `ukraine-russia-istanbul-2025`.'),
    title: doc(line(200), 'Headline of the whole timeline.'),
    summary: doc(z.optional(paragraph(2000)), 'Short introduction shown under the title.'),
    language: doc(z.optional(LanguageSchema), 'Language the timeline is written in; default `en`.'),
    period: doc(
      z.optional(ParleyDateSchema),
      'The span the timeline covers, as an interval; events outside it get a warning.',
    ),
    published: doc(z.optional(ParleyDateSchema), 'When the timeline was first published.'),
    updated: doc(z.optional(ParleyDateSchema), 'When it was last changed.'),
    actors: doc(
      z.optional(z.array(ActorSchema).check(z.maxLength(10_000))),
      'States, organisations and people.',
    ),
    places: doc(z.optional(z.array(PlaceSchema).check(z.maxLength(10_000))), 'Venues, cities and countries.'),
    sources: doc(z.optional(z.array(SourceSchema).check(z.maxLength(10_000))), 'Reports the events cite.'),
    images: doc(
      z.optional(z.array(ImageSchema).check(z.maxLength(1000))),
      'Images with captions and credits.',
    ),
    events: doc(
      z.array(NegotiationEventSchema).check(z.maxLength(100_000)),
      'What happened, in any order; readers see them by date.',
    ),
    updates: doc(
      z.optional(z.array(UpdateSchema).check(z.maxLength(1000))),
      'Log of updates and corrections.',
    ),
  })
  .check(
    z.meta({ title: 'Parley timeline', description: 'A structured timeline of diplomatic negotiations.' }),
  );

export type Timeline = z.infer<typeof TimelineSchema>;
