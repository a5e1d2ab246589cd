import * as z from 'zod/mini';
import { DelegationSchema } from '../delegation.js';
import { DurationSchema } from '../primitives/duration.js';
import { doc } from '../primitives/doc.js';
import { ref } from '../primitives/id.js';
import { line, paragraph } from '../primitives/text.js';
import { eventFields } from './event-fields.js';

export const TalksSchema = z
  .strictObject({
    type: z.literal('talks'),
    ...eventFields,
    series: doc(z.optional(line(200)), 'Name of the series of talks this round belongs to.'),
    round: doc(
      z.optional(z.int().check(z.minimum(1), z.maximum(10_000))),
      'Number of this round in the series: 2 for the second.',
    ),
    host: z.optional(ref('party', 'Id of the state or organisation hosting the talks.')),
    presidedBy: doc(
      z.optional(z.array(ref('person', 'Id of a presiding official.')).check(z.maxLength(20))),
      "Ids of the officials who presided, e.g. the host's foreign minister.",
    ),
    mediators: doc(
      z.optional(z.array(ref('actor', 'Id of a mediator.')).check(z.maxLength(20))),
      'Ids of mediators or facilitators, people or states.',
    ),
    attendees: doc(
      z.optional(z.array(ref('actor', 'Id of an attendee.')).check(z.maxLength(100))),
      "Ids of others at the table who were in no delegation, e.g. the host's ministers and officers.",
    ),
    delegations: doc(
      z.optional(z.array(DelegationSchema).check(z.maxLength(50))),
      'The delegations, one per party.',
    ),
    duration: doc(z.optional(DurationSchema), 'How long the talks lasted.'),
    format: doc(
      z.optional(z.enum(['direct', 'indirect', 'mediated', 'virtual'])),
      '`direct` face to face; `indirect` through intermediaries; `mediated` with a mediator in the room; `virtual` online.',
    ),
    outcome: doc(
      z.optional(
        z.enum([
          'agreement',
          'partial-agreement',
          'inconclusive',
          'walk-out',
          'continuing',
          'postponed',
          'cancelled',
        ]),
      ),
      'How the round ended.',
    ),
    outcomeNote: doc(z.optional(paragraph(1000)), 'The outcome in words.'),
  })
  .check(
    z.describe('A round of negotiations: who met, where, who led each side, how it went. `type: "talks"`.'),
  );

export type Talks = z.infer<typeof TalksSchema>;
