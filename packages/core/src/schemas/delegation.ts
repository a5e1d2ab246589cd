import * as z from 'zod/mini';
import { doc } from './primitives/doc.js';
import { ref } from './primitives/id.js';
import { line, paragraph } from './primitives/text.js';

export const DelegationMemberSchema = z
  .strictObject({
    person: ref('person', 'Id of the member.'),
    role: doc(
      z.optional(line(200)),
      'Their role on the delegation or their office, e.g. "Deputy Foreign Minister".',
    ),
    capacity: doc(
      z.optional(line(200)),
      'The office they held at this round, which may differ from later rounds, e.g. "Defence Minister".',
    ),
  })
  .check(z.describe('A person on a delegation, with the role they had in it.'));

export const DelegationSchema = z
  .strictObject({
    party: ref('party', 'Id of the state or organisation represented.'),
    head: z.optional(ref('person', 'Id of the head of delegation.')),
    headCapacity: doc(
      z.optional(line(200)),
      'The office the head held at this round, e.g. "Defence Minister"; roles change between rounds.',
    ),
    members: doc(
      z.optional(z.array(DelegationMemberSchema).check(z.maxLength(200))),
      'Other members, as reported.',
    ),
    note: doc(z.optional(paragraph(1000)), 'Anything else reported about the delegation, e.g. how it left.'),
  })
  .check(z.describe('The team one party sent to a round of talks.'));

export type DelegationMember = z.infer<typeof DelegationMemberSchema>;
export type Delegation = z.infer<typeof DelegationSchema>;
