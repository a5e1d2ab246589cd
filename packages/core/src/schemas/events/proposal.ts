import * as z from 'zod/mini';
import { doc } from '../primitives/doc.js';
import { ParleyDateSchema } from '../primitives/date.js';
import { DurationSchema } from '../primitives/duration.js';
import { ref } from '../primitives/id.js';
import { QuantitySchema } from '../primitives/quantity.js';
import { eventFields } from './event-fields.js';

export const ProposalSchema = z
  .strictObject({
    type: z.literal('proposal'),
    ...eventFields,
    subject: doc(
      z.enum(['leaders-meeting', 'ceasefire', 'talks', 'exchange', 'peace-plan', 'other']),
      'What is proposed.',
    ),
    proposedBy: doc(
      z.optional(z.array(ref('actor', 'Id of a proposer.')).check(z.maxLength(20))),
      'Ids of whoever put it forward, when known.',
    ),
    participants: doc(
      z.optional(z.array(ref('actor', 'Id of a participant.')).check(z.maxLength(50))),
      'Ids of who would take part, e.g. the two presidents.',
    ),
    talks: z.optional(ref('event', 'Id of the talks where it was raised.')),
    quantity: doc(
      z.optional(QuantitySchema),
      'How many it would cover, e.g. the bodies one side offers to hand over.',
    ),
    duration: doc(z.optional(DurationSchema), 'How long it would last, e.g. a truce of 24 to 48 hours.'),
    targetDate: doc(
      z.optional(ParleyDateSchema),
      'When it would happen, e.g. a meeting set for `2025-06-20`.',
    ),
    deadline: doc(
      z.optional(ParleyDateSchema),
      'By when it should happen at the latest: "before the end of August" is `2025-08`.',
    ),
    status: doc(
      z.enum(['floated', 'discussed', 'proposed', 'accepted', 'rejected', 'pending']),
      'Where the proposal stands.',
    ),
  })
  .check(z.describe('An idea put forward but not agreed, such as a leaders\' meeting. `type: "proposal"`.'));

export type Proposal = z.infer<typeof ProposalSchema>;
